package io.meterflow.jobs.config;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every setting meterflow knows, so that a misspelt key fails at start instead of being ignored.
 * Keys under {@value KafkaSettings#PROPERTIES_PREFIX} are free-form: the Kafka clients check those
 * themselves. Keys under {@value MeterflowConfig#JOB_PREFIX} must be job options ({@link
 * JobSettings}).
 */
final class KnownSettings {

  static final List<Setting> ALL =
      Stream.of(
              KafkaSettings.SETTINGS,
              RegistrySettings.SETTINGS,
              CassandraSettings.SETTINGS,
              CassandraSinkSettings.SETTINGS,
              CassandraSchemaSettings.SETTINGS,
              TopicSettings.SETTINGS)
          .flatMap(List::stream)
          .toList();

  private KnownSettings() {}

  static boolean isKnown(String key) {
    if (isJobSetting(key)) {
      return JobSettings.isKnown(key.substring(MeterflowConfig.JOB_PREFIX.length()));
    }
    return isFreeForm(key) || ALL.stream().anyMatch(setting -> setting.key().equals(key));
  }

  static boolean isFreeForm(String key) {
    return key.startsWith(KafkaSettings.PROPERTIES_PREFIX)
        && key.length() > KafkaSettings.PROPERTIES_PREFIX.length();
  }

  private static boolean isJobSetting(String key) {
    return key.startsWith(MeterflowConfig.JOB_PREFIX)
        && key.length() > MeterflowConfig.JOB_PREFIX.length();
  }

  /** What an unknown key is met with: the known keys of its section, to spot the typo. */
  static String unknown(String key, String origin) {
    if (isJobSetting(key)) {
      return JobSettings.unknown(key, origin);
    }
    String section = key.contains(".") ? key.substring(0, key.indexOf('.') + 1) : key;
    List<String> sameSection =
        ALL.stream().map(Setting::key).filter(known -> known.startsWith(section)).toList();
    String hint =
        sameSection.isEmpty()
            ? "sections are kafka, registry, cassandra, topics and job"
            : "known settings there: " + String.join(", ", sameSection);
    if (section.equals("kafka.")) {
      hint += "; Kafka client properties go under " + KafkaSettings.PROPERTIES_PREFIX + "*";
    }
    return "Unknown setting " + key + " (" + origin + "): check its spelling; " + hint + ".";
  }
}
