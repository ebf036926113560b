package io.meterflow.jobs.config;

import java.util.Objects;
import java.util.Optional;

/**
 * A setting meterflow knows: its flat dotted key, its default and what it is for. The typed
 * settings ({@link CassandraSettings}, {@link KafkaSettings}...) declare theirs.
 *
 * @param key flat dotted key, as in YAML (nested maps are joined with dots) and in key=value
 *     arguments
 * @param defaultValue the built-in default, or null where the setting is optional
 * @param description one sentence for {@link MeterflowConfig#describe()} and error messages
 */
public record Setting(String key, String defaultValue, String description) {

  public Setting {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(description, "description");
  }

  /** A setting without a default: unset means "not used". */
  static Setting optional(String key, String description) {
    return new Setting(key, null, description);
  }

  public Optional<String> defaultIfAny() {
    return Optional.ofNullable(defaultValue);
  }
}
