package io.meterflow.jobs.config;

import io.meterflow.jobs.backfill.BackfillOptions;
import io.meterflow.jobs.normalizer.CsvDropOptions;
import io.meterflow.leak.config.LeakDetectionOptions;
import io.meterflow.normalizer.NormalizerOptions;
import io.meterflow.periodize.PeriodizeOptions;
import io.meterflow.power.config.PowerAnomalyOptions;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.FallbackKey;

/**
 * The keys the {@value MeterflowConfig#JOB_PREFIX} section may hold (without that prefix): the
 * ConfigOptions of the job modules and of the jobs' own options classes, the per-tenant overrides
 * of leak detection ({@code leak.tenant.<tenant>.<key>}), and Flink's own options, taken as any key
 * under one of Flink's option prefixes (the cluster checks their spelling: see FlinkConfigKeysTest
 * for flink-conf and the chart).
 */
final class JobSettings {

  /**
   * The first key segments of Flink's options that jobs set (checkpointing, state, restarts...).
   */
  private static final Set<String> FLINK_PREFIXES =
      Set.of(
          "execution",
          "state",
          "pipeline",
          "rest",
          "taskmanager",
          "jobmanager",
          "restart-strategy",
          "metrics",
          "table",
          "parallelism",
          "high-availability",
          "kubernetes",
          "cluster",
          "security",
          "heartbeat",
          "classloader",
          "io",
          "fs",
          "web",
          "python");

  private static final List<Class<?>> OPTION_CLASSES =
      List.of(
          NormalizerOptions.class,
          PeriodizeOptions.class,
          LeakDetectionOptions.class,
          PowerAnomalyOptions.class,
          CsvDropOptions.class,
          BackfillOptions.class);

  /** The module and jobs option keys, e.g. {@code periodize.allowed-lateness}. */
  static final Set<String> MODULE_KEYS = moduleKeys();

  private JobSettings() {}

  /** True for a known key of the job section, given without its prefix. */
  static boolean isKnown(String key) {
    return MODULE_KEYS.contains(key) || isLeakTenantOverride(key) || isUnderFlinkPrefix(key);
  }

  /** What an unknown key of the job section is met with: the closest known key. */
  static String unknown(String key, String origin) {
    String option = key.substring(MeterflowConfig.JOB_PREFIX.length());
    String closest =
        MODULE_KEYS.stream()
            .min(
                Comparator.comparingInt((String known) -> distance(option, known))
                    .thenComparing(Comparator.naturalOrder()))
            .orElseThrow();
    return "Unknown setting "
        + key
        + " ("
        + origin
        + "): no job option has this key; did you mean "
        + MeterflowConfig.JOB_PREFIX
        + closest
        + "? Job settings are the options of the job modules, leak.tenant.<tenant>.<key>, and"
        + " Flink options (under "
        + String.join(", ", new TreeSet<>(FLINK_PREFIXES))
        + ").";
  }

  private static boolean isLeakTenantOverride(String key) {
    if (!key.startsWith(LeakDetectionOptions.TENANT_PREFIX)) {
      return false;
    }
    String tenantAndKey = key.substring(LeakDetectionOptions.TENANT_PREFIX.length());
    return LeakDetectionOptions.TENANT_OPTIONS.stream()
        .map(option -> option.key().substring("leak.".length()))
        .anyMatch(
            suffix ->
                tenantAndKey.endsWith("." + suffix) && tenantAndKey.length() > suffix.length() + 1);
  }

  private static boolean isUnderFlinkPrefix(String key) {
    int dot = key.indexOf('.');
    return dot > 0 && dot < key.length() - 1 && FLINK_PREFIXES.contains(key.substring(0, dot));
  }

  private static Set<String> moduleKeys() {
    Set<String> keys = new TreeSet<>();
    OPTION_CLASSES.stream().flatMap(JobSettings::optionsOf).forEach(option -> add(option, keys));
    return keys;
  }

  private static void add(ConfigOption<?> option, Set<String> keys) {
    keys.add(option.key());
    for (FallbackKey fallback : option.fallbackKeys()) {
      keys.add(fallback.getKey());
    }
  }

  private static Stream<ConfigOption<?>> optionsOf(Class<?> optionClass) {
    return Stream.of(optionClass.getFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()))
        .filter(field -> ConfigOption.class.isAssignableFrom(field.getType()))
        .map(JobSettings::valueOf);
  }

  private static ConfigOption<?> valueOf(Field field) {
    try {
      return (ConfigOption<?>) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Option field " + field + " is not readable", e);
    }
  }

  /** The Levenshtein distance: the fewest single-character edits from one key to the other. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
