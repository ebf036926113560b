package io.meterflow.jobs.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.jobs.cassandra.CqlScript;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.config.MeterflowConfigLoader;
import io.meterflow.jobs.config.TopicSettings;
import java.nio.file.Path;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupPlanTest {

  @TempDir Path folder;

  private MeterflowConfig config(String... arguments) {
    return MeterflowConfigLoader.fromArguments(arguments)
        .environment(Map.of())
        .servicesDirectory(folder)
        .load();
  }

  @Test
  void shouldRegisterAValueSchemaForEveryAvroTopicButTheJsonOne() {
    TopicSettings topics = config().topics();

    Map<String, Schema> schemas = SchemaSetup.valueSchemas(topics);

    assertThat(schemas.keySet())
        .containsExactlyElementsOf(
            topics.all().stream().filter(topic -> !topic.equals(topics.json())).toList());
    assertThat(schemas.get("meter.readings.headend")).isEqualTo(HeadEndReading.getClassSchema());
    assertThat(schemas.get("meter.readings.late")).isEqualTo(MeterReading.getClassSchema());
    assertThat(schemas.get("meter.alarms")).isEqualTo(MeterAlarm.getClassSchema());
  }

  @Test
  void shouldFillEveryPlaceholderOfTheCqlFromTheConfiguration() {
    MeterflowConfig config = config("cassandra.keyspace=utility_x", "cassandra.readings-ttl=30d");

    Map<String, String> placeholders = TableSetup.placeholders(config.cassandra());

    assertThat(placeholders)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "keyspace", "utility_x",
                "replication", "{'class': 'SimpleStrategy', 'replication_factor': 1}",
                "readings_ttl_seconds", "2592000"));
    assertThat(CqlScript.fromResource(CqlScript.SUITE_RESOURCE).statements(placeholders))
        .hasSize(8)
        .allMatch(statement -> statement.contains("utility_x"));
  }
}
