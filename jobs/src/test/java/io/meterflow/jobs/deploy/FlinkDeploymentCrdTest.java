package io.meterflow.jobs.deploy;

import static io.meterflow.jobs.deploy.DeploymentFiles.EXAMPLES;
import static io.meterflow.jobs.deploy.DeploymentFiles.chartValuesWith;
import static io.meterflow.jobs.deploy.DeploymentFiles.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chart's rendered examples (helm/meterflow/examples/rendered) are FlinkDeployments that the
 * operator's CRD accepts, for the jobs and images of their values files.
 */
class FlinkDeploymentCrdTest {

  private static final String CRD = "META-INF/fabric8/flinkdeployments.flink.apache.org-v1.yml";

  /**
   * The flinkVersion values of Flink 2.x, which operator 1.10.0 (the newest operator API on Maven
   * Central) predates: its CRD stops at v1_20. Operator 1.11 added v2_0; the chart's schema allows
   * only these, so only this enum is widened.
   */
  private static final List<String> FLINK_2_VERSIONS = List.of("v2_0", "v2_1", "v2_2");

  private static final JsonSchema SCHEMA =
      JsonSchemas.customResourceStrict(flinkDeploymentSchema());

  static Stream<Path> renderedExamples() {
    return DeploymentFiles.list(EXAMPLES.resolve("rendered"), "*.yaml").stream();
  }

  @ParameterizedTest
  @MethodSource("renderedExamples")
  void shouldBeAcceptedByTheFlinkDeploymentCrd(Path rendered) {
    List<JsonNode> deployments = readAll(rendered);

    assertThat(deployments).hasSize(4);
    assertThat(deployments)
        .allSatisfy(
            deployment -> {
              assertThat(deployment.path("kind").asText()).isEqualTo("FlinkDeployment");
              assertThat(deployment.path("apiVersion").asText())
                  .isEqualTo("flink.apache.org/v1beta1");
              assertThat(JsonSchemas.problems(SCHEMA, deployment))
                  .as(deployment.path("metadata").path("name").asText())
                  .isEmpty();
            });
  }

  @ParameterizedTest
  @MethodSource("renderedExamples")
  void shouldDeployWhatTheExampleValuesName(Path rendered) {
    JsonNode values = chartValuesWith(EXAMPLES.resolve("values-" + rendered.getFileName()));
    List<JsonNode> deployments = readAll(rendered);

    assertThat(deployments.stream().map(d -> d.at("/spec/job/entryClass").asText()))
        .containsExactlyInAnyOrderElementsOf(values.path("jobs").findValuesAsText("entryClass"));
    assertThat(deployments)
        .allSatisfy(
            deployment -> {
              JsonNode job =
                  values
                      .path("jobs")
                      .path(
                          deployment
                              .at("/metadata/labels")
                              .path("app.kubernetes.io/component")
                              .asText());
              assertThat(deployment.at("/spec/job/parallelism").asInt())
                  .isEqualTo(job.path("parallelism").asInt());
              assertThat(deployment.at("/spec/job/upgradeMode").asText()).isEqualTo("savepoint");
              assertThat(deployment.at("/spec/flinkVersion").asText())
                  .isEqualTo(values.path("flinkVersion").asText());
              assertThat(deployment.at("/spec/image").asText())
                  .startsWith(values.at("/image/repository").asText() + ":");
            });
  }

  @Test
  void shouldRejectAMisspeltOrMistypedField() {
    ObjectNode deployment =
        (ObjectNode) readAll(EXAMPLES.resolve("rendered/production.yaml")).get(0).deepCopy();
    ObjectNode job = (ObjectNode) deployment.path("spec").path("job");
    job.put("upgradeMode", "savepoints");
    job.put("entryclass", "io.meterflow.jobs.leak.LeakDetectionJob");
    ((ObjectNode) deployment.path("spec").path("taskManager").path("resource")).put("cpu", "two");

    assertThat(JsonSchemas.problems(SCHEMA, deployment)).hasSize(3);
  }

  private static JsonNode flinkDeploymentSchema() {
    JsonNode crd =
        DeploymentFiles.read(
            FlinkDeploymentCrdTest.class.getClassLoader().getResourceAsStream(CRD));
    JsonNode schema = null;
    for (JsonNode version : crd.at("/spec/versions")) {
      if (version.path("name").asText().equals("v1beta1")) {
        schema = version.at("/schema/openAPIV3Schema").deepCopy();
      }
    }
    ArrayNode versions = (ArrayNode) schema.at("/properties/spec/properties/flinkVersion/enum");
    FLINK_2_VERSIONS.forEach(versions::add);
    return schema;
  }
}
