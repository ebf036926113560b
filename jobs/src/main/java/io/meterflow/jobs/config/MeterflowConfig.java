package io.meterflow.jobs.config;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;

/**
 * The effective configuration of a meterflow job or command: built-in defaults, then the local
 * services' {@code endpoints.properties}, then the YAML file of {@code --config}, then {@code
 * key=value} arguments, each layer overriding the one before ({@link MeterflowConfigLoader}).
 *
 * <p>Typed views: {@link #kafka()}, {@link #registry()}, {@link #cassandra()}, {@link #topics()};
 * {@link #jobConfiguration()} carries the free-form {@code job.*} section to the job modules'
 * ConfigOptions. Secrets print as {@value Secret#REDACTED} in {@link #describe()} and {@link
 * #toString()}.
 */
public final class MeterflowConfig {

  /** Prefix of the free-form settings each job module reads through its own ConfigOptions. */
  public static final String JOB_PREFIX = "job.";

  private final SortedMap<String, SettingValue> values;
  private final KafkaSettings kafka;
  private final RegistrySettings registry;
  private final CassandraSettings cassandra;
  private final TopicSettings topics;

  private MeterflowConfig(
      SortedMap<String, SettingValue> values,
      KafkaSettings kafka,
      RegistrySettings registry,
      CassandraSettings cassandra,
      TopicSettings topics) {
    this.values = Collections.unmodifiableSortedMap(values);
    this.kafka = kafka;
    this.registry = registry;
    this.cassandra = cassandra;
    this.topics = topics;
  }

  /**
   * The configuration of {@code --config FILE} and {@code key=value} arguments, over the local
   * services' endpoints and the defaults; logs the effective configuration (secrets redacted).
   *
   * @throws ConfigException naming every setting that is wrong and what to do
   */
  public static MeterflowConfig fromArguments(String... arguments) {
    return MeterflowConfigLoader.fromArguments(arguments).load();
  }

  /**
   * Validates the effective values and builds the typed views.
   *
   * @throws ConfigException listing every problem
   */
  static MeterflowConfig of(Map<String, SettingValue> effective) {
    SettingsReader reader = new SettingsReader(effective);
    KafkaSettings kafka = KafkaSettings.read(reader, effective);
    RegistrySettings registry = RegistrySettings.read(reader);
    CassandraSettings cassandra = CassandraSettings.read(reader);
    TopicSettings topics = TopicSettings.read(reader);
    if (!reader.problems().isEmpty()) {
      throw new ConfigException(reader.problems());
    }
    return new MeterflowConfig(new TreeMap<>(effective), kafka, registry, cassandra, topics);
  }

  public KafkaSettings kafka() {
    return kafka;
  }

  public RegistrySettings registry() {
    return registry;
  }

  public CassandraSettings cassandra() {
    return cassandra;
  }

  public TopicSettings topics() {
    return topics;
  }

  /**
   * The {@code job.*} settings without their prefix ({@code job.dedup.allowed-lateness=48h} is
   * {@code dedup.allowed-lateness}), for the job modules to read with their typed ConfigOptions.
   */
  public Configuration jobConfiguration() {
    return Configuration.fromMap(
        values.entrySet().stream()
            .filter(entry -> entry.getKey().startsWith(JOB_PREFIX))
            .collect(
                Collectors.toMap(
                    entry -> entry.getKey().substring(JOB_PREFIX.length()),
                    entry -> entry.getValue().value())));
  }

  /** The effective value of a key and where it came from. */
  public Optional<SettingValue> setting(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /**
   * The effective configuration for a person: one line per setting with its value (secrets
   * redacted) and where it came from.
   */
  public String describe() {
    int width = values.keySet().stream().mapToInt(String::length).max().orElse(0);
    return values.entrySet().stream()
        .map(
            entry ->
                String.format(
                    "  %-" + width + "s = %s  (%s)",
                    entry.getKey(),
                    entry.getValue().printable(),
                    entry.getValue().origin()))
        .collect(Collectors.joining(System.lineSeparator()));
  }

  @Override
  public String toString() {
    return values.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue().printable())
        .collect(Collectors.joining(", ", "MeterflowConfig{", "}"));
  }
}
