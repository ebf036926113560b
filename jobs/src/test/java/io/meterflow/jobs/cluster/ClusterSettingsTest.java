package io.meterflow.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.jobs.services.ServiceSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {
  private static final Supplier<Path> REPOSITORY = () -> Path.of("/work/checkout");
  private static final ServiceSettings SERVICES =
      new ServiceSettings(Path.of("/services"), Duration.ofSeconds(90), Duration.ofSeconds(20));

  @Test
  void shouldDefaultToTargetMeterflowClusterInTheRepositoryWithTheServicesTimeouts() {
    ClusterSettings settings =
        ClusterSettings.fromEnvironment(Map.of(), Optional.empty(), REPOSITORY, SERVICES);

    assertThat(settings)
        .isEqualTo(
            new ClusterSettings(
                Path.of("/work/checkout/target/meterflow-cluster"),
                2,
                Duration.ofSeconds(90),
                Duration.ofSeconds(20)));
  }

  @Test
  void shouldPreferTheEnvironmentVariableToTheSystemProperty() {
    ClusterSettings settings =
        ClusterSettings.fromEnvironment(
            Map.of("MF_CLUSTER_DIR", "/data/cluster"),
            Optional.of("/from/property"),
            () -> {
              throw new AssertionError("the repository is not needed when the folder is given");
            },
            SERVICES);

    assertThat(settings.clusterRoot()).isEqualTo(Path.of("/data/cluster"));
  }

  @Test
  void shouldTakeTheSystemPropertyWhenTheVariableIsBlank() {
    ClusterSettings settings =
        ClusterSettings.fromEnvironment(
            Map.of("MF_CLUSTER_DIR", " "), Optional.of("/from/property"), REPOSITORY, SERVICES);

    assertThat(settings.clusterRoot()).isEqualTo(Path.of("/from/property"));
  }

  @Test
  void shouldRefuseTaskManagersWithoutSlots() {
    ClusterSettings settings =
        ClusterSettings.fromEnvironment(Map.of(), Optional.empty(), REPOSITORY, SERVICES);

    assertThat(settings.withTaskSlots(1).taskSlots()).isEqualTo(1);
    assertThatThrownBy(() -> settings.withTaskSlots(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A TaskManager needs at least one slot");
  }
}
