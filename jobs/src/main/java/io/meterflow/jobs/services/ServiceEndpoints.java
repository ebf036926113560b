package io.meterflow.jobs.services;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;

/**
 * Where clients reach the services: what {@code services start} writes to {@code
 * endpoints.properties} and what the tests and the other commands read back.
 *
 * @param kafkaBootstrapServers {@code host:port} of the broker
 * @param registryUrl base URL of the Confluent-compatible schema registry API (Apicurio's {@code
 *     /apis/ccompat/v7}), as a Confluent client's {@code schema.registry.url} takes it
 * @param cassandraContactPoint {@code host:port} of the CQL native transport
 * @param cassandraLocalDatacenter the data centre the driver must be told is local
 */
public record ServiceEndpoints(
    String kafkaBootstrapServers,
    String registryUrl,
    String cassandraContactPoint,
    String cassandraLocalDatacenter) {

  public static final String KAFKA_BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
  public static final String REGISTRY_URL = "registry.url";
  public static final String CASSANDRA_CONTACT_POINTS = "cassandra.contact-points";
  public static final String CASSANDRA_LOCAL_DATACENTER = "cassandra.local-datacenter";

  public ServiceEndpoints {
    for (String value :
        List.of(
            kafkaBootstrapServers, registryUrl, cassandraContactPoint, cassandraLocalDatacenter)) {
      if (value.isBlank() || value.contains("\n")) {
        throw new IllegalArgumentException("Not a usable endpoint: '" + value + "'");
      }
    }
  }

  public HostPort cassandraAddress() {
    return HostPort.parse(cassandraContactPoint);
  }

  public HostPort kafkaAddress() {
    return HostPort.parse(kafkaBootstrapServers);
  }

  /** The {@code key=value} lines of the endpoints file. */
  public List<String> asPropertyLines() {
    return List.of(
        KAFKA_BOOTSTRAP_SERVERS + "=" + kafkaBootstrapServers,
        REGISTRY_URL + "=" + registryUrl,
        CASSANDRA_CONTACT_POINTS + "=" + cassandraContactPoint,
        CASSANDRA_LOCAL_DATACENTER + "=" + cassandraLocalDatacenter);
  }

  /** Writes the file in one step, so a reader never sees half of it. */
  public void writeTo(Path file) throws IOException {
    String content =
        "# Endpoints of the local services started by `meterflow services start`.\n"
            + String.join("\n", asPropertyLines())
            + "\n";
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, content, StandardCharsets.UTF_8);
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static ServiceEndpoints readFrom(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return new ServiceEndpoints(
        required(properties, KAFKA_BOOTSTRAP_SERVERS, file),
        required(properties, REGISTRY_URL, file),
        required(properties, CASSANDRA_CONTACT_POINTS, file),
        required(properties, CASSANDRA_LOCAL_DATACENTER, file));
  }

  private static String required(Properties properties, String key, Path file) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new LocalServiceException(
          file
              + " has no "
              + key
              + "; it was not written by `meterflow services start`, or was edited. Restart the"
              + " services with `bin/meterflow services stop` and `bin/meterflow services start`.");
    }
    return value.trim();
  }
}
