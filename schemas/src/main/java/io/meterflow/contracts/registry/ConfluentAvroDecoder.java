package io.meterflow.contracts.registry;

import java.io.EOFException;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/**
 * Decodes Confluent wire format messages into {@code T}, telling apart messages that can never be
 * decoded ({@link UndecodableMessageException}, to be rejected with its reason) from a registry
 * that is unreachable for now ({@link IOException} after the client's retries, to fail and
 * restart).
 *
 * <p>The writer schema comes from the registry by the id in the header (cached); the reader schema
 * is {@code T}'s own, and Avro's schema resolution bridges the two. Serializable, for use inside
 * Flink functions: the registry client is created lazily on the task manager.
 */
public final class ConfluentAvroDecoder<T extends SpecificRecord> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final RegistryClientSettings settings;

  private transient SchemaRegistryClient client;
  private transient Map<Integer, SpecificDatumReader<T>> readersBySchemaId;
  private transient BinaryDecoder reusedDecoder;

  public ConfluentAvroDecoder(Class<T> type, RegistryClientSettings settings) {
    this.type = type;
    this.settings = settings;
  }

  /**
   * The record in {@code message}.
   *
   * @throws UndecodableMessageException when the message is not in the wire format, names an
   *     unknown schema id, or its payload is truncated, corrupt or unreadable as {@code T}
   * @throws IOException when the registry stays unreachable after all attempts
   */
  public T decode(byte[] message) throws UndecodableMessageException, IOException {
    int schemaId = ConfluentWireFormat.schemaId(message);
    SpecificDatumReader<T> reader = readerFor(schemaId);
    int payloadLength = message.length - ConfluentWireFormat.HEADER_LENGTH;
    reusedDecoder =
        DecoderFactory.get()
            .binaryDecoder(
                message, ConfluentWireFormat.HEADER_LENGTH, payloadLength, reusedDecoder);
    T record;
    try {
      record = reader.read(null, reusedDecoder);
    } catch (EOFException e) {
      throw new UndecodableMessageException(
          UndecodableMessageException.Kind.UNREADABLE,
          "truncated Avro payload for schema id " + schemaId,
          e);
    } catch (IOException | RuntimeException e) {
      // Corrupt bytes surface as AvroRuntimeException, or as whatever a wild length or index
      // provokes (negative sizes, out-of-range enum ordinals); none of them can be retried.
      throw new UndecodableMessageException(
          UndecodableMessageException.Kind.UNREADABLE,
          "corrupt Avro payload for schema id " + schemaId + ": " + e,
          e);
    }
    if (!reusedDecoder.isEnd()) {
      throw new UndecodableMessageException(
          UndecodableMessageException.Kind.UNREADABLE,
          "Avro payload for schema id "
              + schemaId
              + " has bytes left over after the record: not written with that schema");
    }
    return record;
  }

  private SpecificDatumReader<T> readerFor(int schemaId)
      throws UndecodableMessageException, IOException {
    if (readersBySchemaId == null) {
      readersBySchemaId = new ConcurrentHashMap<>();
      client = new SchemaRegistryClient(settings);
    }
    SpecificDatumReader<T> cached = readersBySchemaId.get(schemaId);
    if (cached != null) {
      return cached;
    }
    Schema writer = client.schemaById(schemaId);
    SpecificData model = SpecificData.getForClass(type);
    Schema reader = model.getSchema(type);
    // Checked once per id so that a writer schema that cannot be read as T is reported as such,
    // not as a corrupt payload of every message that carries it.
    SchemaCompatibility.SchemaPairCompatibility compatibility =
        SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
      throw new UndecodableMessageException(
          UndecodableMessageException.Kind.UNREADABLE,
          "schema id "
              + schemaId
              + " ("
              + writer.getFullName()
              + ") cannot be read as "
              + type.getSimpleName()
              + ": "
              + compatibility.getResult().getIncompatibilities().stream()
                  .map(i -> i.getMessage() + " at " + i.getLocation())
                  .collect(Collectors.joining("; ")));
    }
    SpecificDatumReader<T> datumReader = new SpecificDatumReader<>(writer, reader, model);
    readersBySchemaId.put(schemaId, datumReader);
    return datumReader;
  }
}
