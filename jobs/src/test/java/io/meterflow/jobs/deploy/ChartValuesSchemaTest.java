package io.meterflow.jobs.deploy;

import static io.meterflow.jobs.deploy.DeploymentFiles.CHART;
import static io.meterflow.jobs.deploy.DeploymentFiles.EXAMPLES;
import static io.meterflow.jobs.deploy.DeploymentFiles.chartValues;
import static io.meterflow.jobs.deploy.DeploymentFiles.chartValuesWith;
import static io.meterflow.jobs.deploy.DeploymentFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** values.yaml, and values.yaml with each example over it, match values.schema.json. */
class ChartValuesSchemaTest {

  private static final JsonSchema SCHEMA =
      JsonSchemas.draft7(read(CHART.resolve("values.schema.json")));

  static Stream<Path> examples() {
    return DeploymentFiles.list(EXAMPLES, "values-*.yaml").stream();
  }

  @Test
  void shouldAcceptTheChartsDefaultValues() {
    assertThat(JsonSchemas.problems(SCHEMA, chartValues())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void shouldAcceptEveryExampleValuesFile(Path example) {
    assertThat(JsonSchemas.problems(SCHEMA, chartValuesWith(example))).isEmpty();
  }

  @Test
  void shouldHaveExamplesToCheck() {
    assertThat(examples().map(path -> path.getFileName().toString()))
        .containsExactly("values-production.yaml", "values-small.yaml");
  }

  @Test
  void shouldRejectACredentialWrittenIntoTheValues() {
    ObjectNode values = (ObjectNode) chartValues().deepCopy();
    ((ObjectNode) values.path("config").path("cassandra")).put("password", "s3cr3t");
    ((ObjectNode) values.path("jobs").path("leak-detection").path("settings"))
        .put("kafka.properties.sasl.jaas.config", "org.apache.kafka... password=\"x\";");

    List<String> problems = JsonSchemas.problems(SCHEMA, values);

    assertThat(problems).hasSize(2);
    assertThat(problems).allSatisfy(problem -> assertThat(problem).doesNotContain("s3cr3t"));
  }

  @Test
  void shouldRejectAMisspeltValue() {
    ObjectNode values = (ObjectNode) chartValues().deepCopy();
    values.put("upgradeMod", "savepoint");
    ((ObjectNode) values.path("jobs").path("power-anomaly").path("taskManager"))
        .put("memory", "4 GB-ish");

    assertThat(JsonSchemas.problems(SCHEMA, values)).hasSize(2);
  }

  @Test
  void shouldDescribeEveryValue() {
    assertThat(undescribed(read(CHART.resolve("values.schema.json")), "$")).isEmpty();
  }

  /** Paths of schema properties without a description (directly or through their $ref). */
  private static List<String> undescribed(JsonNode schema, String path) {
    Stream<String> here = Stream.empty();
    JsonNode properties = schema.path("properties");
    for (var property : properties.properties()) {
      JsonNode value = property.getValue();
      String at = path + "." + property.getKey();
      boolean described = value.has("description") || value.has("$ref");
      here = Stream.concat(here, described ? Stream.empty() : Stream.of(at));
      here = Stream.concat(here, undescribed(value, at).stream());
    }
    for (var definition : schema.path("definitions").properties()) {
      here =
          Stream.concat(
              here, undescribed(definition.getValue(), "#" + definition.getKey()).stream());
    }
    return here.toList();
  }
}
