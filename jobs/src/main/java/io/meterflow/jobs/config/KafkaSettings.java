package io.meterflow.jobs.config;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How every Kafka client of the suite connects: the bootstrap servers and any client property
 * passed through under {@value #PROPERTIES_PREFIX}, SASL and SSL included, e.g. {@code
 * kafka.properties.security.protocol=SASL_SSL} and {@code
 * kafka.properties.sasl.jaas.config=${file:/etc/kafka/jaas}}.
 */
public final class KafkaSettings {

  /** Prefix of the Kafka client properties passed through as they are. */
  public static final String PROPERTIES_PREFIX = "kafka.properties.";

  public static final Setting BOOTSTRAP_SERVERS =
      new Setting(
          "kafka.bootstrap.servers",
          "127.0.0.1:9092",
          "Kafka brokers to bootstrap from: host:port[,host:port...].");

  static final List<Setting> SETTINGS = List.of(BOOTSTRAP_SERVERS);

  private final String bootstrapServers;
  private final Map<String, String> passthrough;
  private final Set<String> secretKeys;

  private KafkaSettings(
      String bootstrapServers, Map<String, String> passthrough, Set<String> secretKeys) {
    this.bootstrapServers = bootstrapServers;
    this.passthrough = Map.copyOf(passthrough);
    this.secretKeys = Set.copyOf(secretKeys);
  }

  static KafkaSettings read(SettingsReader reader, Map<String, SettingValue> values) {
    String servers = reader.string(BOOTSTRAP_SERVERS);
    Map<String, SettingValue> passthrough =
        values.entrySet().stream()
            .filter(entry -> entry.getKey().startsWith(PROPERTIES_PREFIX))
            .collect(
                Collectors.toMap(
                    entry -> entry.getKey().substring(PROPERTIES_PREFIX.length()),
                    Map.Entry::getValue));
    if (passthrough.containsKey("bootstrap.servers")) {
      reader.problem(
          reader.quote(PROPERTIES_PREFIX + "bootstrap.servers")
              + " duplicates kafka.bootstrap.servers: set only kafka.bootstrap.servers.");
    }
    return new KafkaSettings(
        servers,
        passthrough.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().value())),
        passthrough.entrySet().stream()
            .filter(entry -> entry.getValue().secret())
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet()));
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /**
   * A fresh copy of the properties for a producer, consumer or admin client: bootstrap servers and
   * every pass-through property, secrets in plain text (Kafka hides its password-type properties in
   * its own logs).
   */
  public Properties clientProperties() {
    Properties properties = new Properties();
    properties.putAll(passthrough);
    properties.setProperty("bootstrap.servers", bootstrapServers);
    return properties;
  }

  @Override
  public String toString() {
    Map<String, String> printable = new TreeMap<>();
    passthrough.forEach(
        (key, value) -> printable.put(key, secretKeys.contains(key) ? Secret.REDACTED : value));
    return "KafkaSettings{bootstrapServers=" + bootstrapServers + ", properties=" + printable + "}";
  }
}
