package io.meterflow.contracts.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.flink.formats.avro.SchemaCoder;

/**
 * flink-avro's {@link SchemaCoder} for the Confluent wire format, backed by a {@link
 * SchemaRegistryClient}: reads the header of a message and fetches its writer schema by id, or
 * registers the writer schema under a subject and writes its header.
 *
 * <p>The {@link SchemaCoder} interface only allows {@link IOException}: a message that can never be
 * decoded (see {@link UndecodableMessageException}) is reported as an {@link IOException} whose
 * cause is the {@link UndecodableMessageException}. Sources that must reject such messages rather
 * than fail use {@link ConfluentAvroDecoder} instead.
 */
public final class RegistrySchemaCoder implements SchemaCoder {

  private final RegistryClientSettings settings;
  // Null for a coder that only reads.
  private final String subject;
  // Created on first use: flink-avro instantiates coders in constructors on the client side too.
  private SchemaRegistryClient client;

  public RegistrySchemaCoder(RegistryClientSettings settings, String subject) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.subject = subject;
  }

  @Override
  public Schema readSchema(InputStream in) throws IOException {
    byte[] header = in.readNBytes(ConfluentWireFormat.HEADER_LENGTH);
    try {
      return client().schemaById(ConfluentWireFormat.schemaId(header));
    } catch (UndecodableMessageException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public void writeSchema(Schema schema, OutputStream out) throws IOException {
    if (subject == null) {
      throw new IllegalStateException(
          "this schema coder was made for reading only: it has no subject to register "
              + schema.getFullName()
              + " under");
    }
    ConfluentWireFormat.writeHeader(out, client().register(subject, schema));
  }

  private SchemaRegistryClient client() {
    if (client == null) {
      client = new SchemaRegistryClient(settings);
    }
    return client;
  }

  /** Serializable recipe of a {@link RegistrySchemaCoder}, shipped with the Flink job graph. */
  public static final class Provider implements SchemaCoder.SchemaCoderProvider {

    private static final long serialVersionUID = 1L;

    private final RegistryClientSettings settings;
    // Null for a coder that only reads.
    private final String subject;

    /**
     * @param subject the subject writer schemas are registered under; null for a coder that only
     *     reads
     */
    public Provider(RegistryClientSettings settings, String subject) {
      this.settings = Objects.requireNonNull(settings, "settings");
      this.subject = subject;
    }

    @Override
    public SchemaCoder get() {
      return new RegistrySchemaCoder(settings, subject);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Provider
          && settings.equals(((Provider) o).settings)
          && Objects.equals(subject, ((Provider) o).subject);
    }

    @Override
    public int hashCode() {
      return Objects.hash(settings, subject);
    }
  }
}
