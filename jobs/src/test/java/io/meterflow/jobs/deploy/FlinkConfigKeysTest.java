package io.meterflow.jobs.deploy;

import static io.meterflow.jobs.deploy.DeploymentFiles.CHART;
import static io.meterflow.jobs.deploy.DeploymentFiles.EXAMPLES;
import static io.meterflow.jobs.deploy.DeploymentFiles.FLINK_CONF;
import static io.meterflow.jobs.deploy.DeploymentFiles.chartValues;
import static io.meterflow.jobs.deploy.DeploymentFiles.flatten;
import static io.meterflow.jobs.deploy.DeploymentFiles.read;
import static io.meterflow.jobs.deploy.DeploymentFiles.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.meterflow.leak.config.LeakDetectionOptions;
import io.meterflow.normalizer.NormalizerOptions;
import io.meterflow.periodize.PeriodizeOptions;
import io.meterflow.power.config.PowerAnomalyOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.autoscaler.config.AutoScalerOptions;
import org.apache.flink.metrics.reporter.MetricReporterFactory;
import org.junit.jupiter.api.Test;

/**
 * Every Flink option of flink-conf/config.yaml and of the Helm chart is one that Flink (or the
 * operator's autoscaler) defines, so that a misspelt key fails here instead of being ignored by the
 * cluster; the chart and flink-conf agree; the {@code job.*} settings of the meterflow files are
 * options of the job modules.
 */
class FlinkConfigKeysTest {

  private static final FlinkOptionCatalog FLINK = FlinkOptionCatalog.of(AutoScalerOptions.class);

  /** metrics.reporter.NAME.*: the reporter's own keys, named by the user, are not options. */
  private static final Pattern REPORTER = Pattern.compile("metrics\\.reporter\\.([^.]+)\\.(.+)");

  private static final String JOB_PREFIX = "job.";

  @Test
  void shouldDefineEveryKeyOfTheClusterConfigurationAsAFlinkOption() {
    assertThat(unknownKeys(clusterConfiguration().keySet())).isEmpty();
  }

  @Test
  void shouldDefineEveryFlinkOptionOfTheChartAndItsRenderedExample() {
    Set<String> keys = new TreeSet<>(chartFlinkConfiguration().keySet());
    renderedProductionExample()
        .forEach(deployment -> keys.addAll(flinkConfigurationOf(deployment)));

    assertThat(keys).contains("job.autoscaler.enabled", "execution.checkpointing.dir");
    assertThat(unknownKeys(keys)).isEmpty();
  }

  @Test
  void shouldRejectAMisspeltOrMadeUpKey() {
    assertThat(
            unknownKeys(
                Set.of(
                    "execution.checkpointing.intervall",
                    "state.backend.rocksdb.incremental-ish",
                    "high-availability.kubernetes.leader-election.lease-duration",
                    "restart-strategy.exponential-delay.initial-backoff")))
        .containsExactly(
            "execution.checkpointing.intervall", "state.backend.rocksdb.incremental-ish");
  }

  @Test
  void shouldKnowDeprecatedAndFallbackKeys() {
    // state.backend.incremental is the pre-2.0 key of execution.checkpointing.incremental.
    assertThat(FLINK.isKnown("state.backend.incremental")).isTrue();
    assertThat(FLINK.isKnown("execution.checkpointing.incremental")).isTrue();
  }

  @Test
  void shouldNameAnExistingMetricReporterFactory() {
    Map<String, String> factories = new TreeMap<>();
    clusterConfiguration().forEach((key, value) -> collectFactory(key, value.asText(), factories));
    chartFlinkConfiguration().forEach((key, value) -> collectFactory(key, value, factories));

    assertThat(factories).containsKey("metrics.reporter.prom.factory.class");
    factories.forEach(
        (key, className) ->
            assertThat(reporterFactory(className)).as("%s = %s", key, className).isTrue());
  }

  @Test
  void shouldGiveTheChartTheClusterConfigurationsValues() {
    Map<String, JsonNode> cluster = clusterConfiguration();
    Map<String, String> chart = chartFlinkConfiguration();
    Set<String> shared = new TreeSet<>(chart.keySet());
    shared.retainAll(cluster.keySet());

    assertThat(shared).hasSizeGreaterThan(20);
    shared.forEach(key -> assertThat(chart.get(key)).as(key).isEqualTo(cluster.get(key).asText()));
  }

  /** job.* settings reach the job's Flink configuration: module options or Flink options. */
  @Test
  void shouldUseOnlyJobModuleOrFlinkOptionsAsJobSettings() {
    Set<String> moduleOptions = new TreeSet<>();
    Stream.of(
            NormalizerOptions.class,
            PeriodizeOptions.class,
            LeakDetectionOptions.class,
            PowerAnomalyOptions.class)
        .map(FlinkOptionCatalog::keysOf)
        .forEach(moduleOptions::addAll);
    Set<String> jobSettings = new TreeSet<>();
    for (Path file : DeploymentFiles.list(FLINK_CONF, "meterflow*.yaml")) {
      flatten(read(file)).keySet().stream()
          .filter(key -> key.startsWith(JOB_PREFIX))
          .forEach(jobSettings::add);
    }
    for (Path file : DeploymentFiles.list(EXAMPLES, "values-*.yaml")) {
      DeploymentFiles.chartValuesWith(file)
          .path("jobs")
          .forEach(job -> job.path("settings").fieldNames().forEachRemaining(jobSettings::add));
    }

    assertThat(jobSettings).contains("job.periodize.allowed-lateness", "job.state.backend.type");
    assertThat(jobSettings)
        .allSatisfy(
            key -> {
              String option = key.substring(JOB_PREFIX.length());
              assertThat(moduleOptions.contains(option) || FLINK.isKnown(option)).as(key).isTrue();
            });
  }

  private static Set<String> unknownKeys(Set<String> keys) {
    Set<String> unknown = new TreeSet<>();
    for (String key : keys) {
      if (!FLINK.isKnown(key) && !REPORTER.matcher(key).matches()) {
        unknown.add(key);
      }
    }
    return unknown;
  }

  private static void collectFactory(String key, String value, Map<String, String> into) {
    Matcher reporter = REPORTER.matcher(key);
    if (reporter.matches() && reporter.group(2).equals("factory.class")) {
      into.put(key, value);
    }
  }

  private static boolean reporterFactory(String className) {
    try {
      return MetricReporterFactory.class.isAssignableFrom(Class.forName(className));
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static Map<String, JsonNode> clusterConfiguration() {
    return flatten(read(FLINK_CONF.resolve("config.yaml")));
  }

  private static Map<String, String> chartFlinkConfiguration() {
    Map<String, String> options = new TreeMap<>();
    chartValues()
        .path("flinkConfiguration")
        .properties()
        .forEach(entry -> options.put(entry.getKey(), entry.getValue().asText()));
    return options;
  }

  private static Stream<JsonNode> renderedProductionExample() {
    return readAll(CHART.resolve("examples/rendered/production.yaml")).stream();
  }

  private static Set<String> flinkConfigurationOf(JsonNode deployment) {
    Set<String> keys = new TreeSet<>();
    deployment.path("spec").path("flinkConfiguration").fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
