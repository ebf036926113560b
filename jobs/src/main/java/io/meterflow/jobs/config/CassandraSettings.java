package io.meterflow.jobs.config;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.meterflow.cassandra.sink.CassandraConnectionConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything about Cassandra: how to connect ({@link #connection()}), how the sinks write ({@link
 * #sink()}) and how setup creates the keyspace and tables ({@link #schema()}).
 */
public record CassandraSettings(
    CassandraConnectionConfig connection,
    CassandraSinkSettings sink,
    CassandraSchemaSettings schema) {

  public static final Setting CONTACT_POINTS =
      new Setting(
          "cassandra.contact-points",
          "127.0.0.1:9042",
          "Nodes to connect to first: host:port[,host:port...].");
  public static final Setting LOCAL_DATACENTER =
      new Setting(
          "cassandra.local-datacenter",
          "datacenter1",
          "Datacenter of the contact points, where requests go (nodetool status shows it).");
  public static final Setting KEYSPACE =
      new Setting("cassandra.keyspace", "meterflow", "Keyspace of the suite's tables.");
  public static final Setting USERNAME =
      Setting.optional("cassandra.username", "User for Cassandra's PasswordAuthenticator.");
  public static final Setting PASSWORD =
      Setting.optional(
          "cassandra.password", "Password of cassandra.username: ${env:NAME} or ${file:/path}.");
  public static final Setting TLS_ENABLED =
      new Setting("cassandra.tls.enabled", "false", "Encrypt connections to Cassandra.");
  public static final Setting TLS_TRUSTSTORE_PATH =
      Setting.optional(
          "cassandra.tls.truststore.path",
          "Truststore for nodes signed by a private CA; the JVM's own otherwise.");
  public static final Setting TLS_TRUSTSTORE_PASSWORD =
      Setting.optional("cassandra.tls.truststore.password", "Password of the truststore.");
  public static final Setting TLS_HOSTNAME_VALIDATION =
      new Setting(
          "cassandra.tls.hostname-validation",
          "true",
          "Require each node's certificate to name its host.");
  public static final Setting REQUEST_TIMEOUT =
      new Setting(
          "cassandra.request-timeout",
          "10s",
          "How long the driver waits for one request, its own retries included.");
  public static final Setting WRITE_CONSISTENCY =
      new Setting(
          "cassandra.write-consistency",
          "LOCAL_QUORUM",
          "Consistency level of the writes (LOCAL_ONE is enough on a single local node).");

  static final List<Setting> SETTINGS =
      List.of(
          CONTACT_POINTS,
          LOCAL_DATACENTER,
          KEYSPACE,
          USERNAME,
          PASSWORD,
          TLS_ENABLED,
          TLS_TRUSTSTORE_PATH,
          TLS_TRUSTSTORE_PASSWORD,
          TLS_HOSTNAME_VALIDATION,
          REQUEST_TIMEOUT,
          WRITE_CONSISTENCY);

  private static final Pattern KEYSPACE_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,47}");

  static CassandraSettings read(SettingsReader reader) {
    CassandraConnectionConfig connection = connection(reader);
    return new CassandraSettings(
        connection,
        CassandraSinkSettings.read(reader),
        CassandraSchemaSettings.read(reader, connection.localDatacenter()));
  }

  private static CassandraConnectionConfig connection(SettingsReader reader) {
    CassandraConnectionConfig.Builder connection =
        CassandraConnectionConfig.builder()
            .setContactPoints(contactPoints(reader))
            .setLocalDatacenter(reader.string(LOCAL_DATACENTER))
            .setKeyspace(keyspace(reader))
            .setRequestTimeout(reader.positiveDuration(REQUEST_TIMEOUT))
            .setConsistency(
                reader.enumValue(
                    WRITE_CONSISTENCY,
                    DefaultConsistencyLevel.class,
                    DefaultConsistencyLevel.LOCAL_QUORUM));
    credentials(reader, connection);
    tls(reader, connection);
    return connection.build();
  }

  private static List<String> contactPoints(SettingsReader reader) {
    List<String> points =
        Arrays.stream(reader.string(CONTACT_POINTS).split(","))
            .map(String::trim)
            .filter(point -> !point.isEmpty())
            .toList();
    if (points.stream().anyMatch(point -> !CassandraConnectionConfig.isContactPoint(point))) {
      reader.problem(CONTACT_POINTS, "must be host:port[,host:port...], e.g. 127.0.0.1:9042.");
      return List.of(CONTACT_POINTS.defaultValue());
    }
    return points.isEmpty() ? List.of(CONTACT_POINTS.defaultValue()) : points;
  }

  private static String keyspace(SettingsReader reader) {
    String keyspace = reader.string(KEYSPACE);
    if (!KEYSPACE_NAME.matcher(keyspace).matches()) {
      reader.problem(
          KEYSPACE,
          "is not a Cassandra keyspace name: use a letter then letters, digits or _ (48 at most).");
      return KEYSPACE.defaultValue();
    }
    return keyspace;
  }

  private static void credentials(SettingsReader reader, CassandraConnectionConfig.Builder to) {
    Optional<String> user = reader.optionalString(USERNAME);
    Optional<Secret> password = reader.secret(PASSWORD);
    if (user.isPresent() && password.isPresent()) {
      to.setCredentials(user.get(), password.get().reveal());
    } else if (user.isPresent() || password.isPresent()) {
      reader.problem(
          "cassandra.username and cassandra.password go together: set both (the password as"
              + " ${env:NAME} or ${file:/path}) or neither.");
    }
  }

  private static void tls(SettingsReader reader, CassandraConnectionConfig.Builder to) {
    boolean enabled = reader.bool(TLS_ENABLED);
    Optional<Path> truststore = reader.readableFile(TLS_TRUSTSTORE_PATH);
    Optional<Secret> password = reader.secret(TLS_TRUSTSTORE_PASSWORD);
    boolean hostnameValidation = reader.bool(TLS_HOSTNAME_VALIDATION);
    if (enabled) {
      to.setTls(
          truststore.map(Path::toString).orElse(null),
          password.map(Secret::reveal).orElse(null),
          hostnameValidation);
    } else if (truststore.isPresent()) {
      reader.problem(
          TLS_TRUSTSTORE_PATH,
          "is set but cassandra.tls.enabled is false: set cassandra.tls.enabled=true to use it.");
    }
  }
}
