package io.meterflow.jobs.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ServiceSettingsTest {
  private static final Supplier<Path> REPOSITORY = () -> Path.of("/work/checkout");

  @Test
  void shouldDefaultToTargetMeterflowServicesInTheRepository() {
    ServiceSettings settings =
        ServiceSettings.fromEnvironment(Map.of(), Optional.empty(), REPOSITORY);

    assertThat(settings)
        .isEqualTo(
            new ServiceSettings(
                Path.of("/work/checkout/target/meterflow-services"),
                Duration.ofSeconds(120),
                Duration.ofSeconds(30)));
    assertThat(settings.endpointsFile())
        .isEqualTo(Path.of("/work/checkout/target/meterflow-services/endpoints.properties"));
  }

  @Test
  void shouldPreferTheEnvironmentVariableToTheSystemProperty() {
    ServiceSettings settings =
        ServiceSettings.fromEnvironment(
            Map.of("MF_SERVICES_DIR", "/data/services"),
            Optional.of("/from/property"),
            () -> {
              throw new AssertionError("the repository is not needed when the folder is given");
            });

    assertThat(settings.servicesRoot()).isEqualTo(Path.of("/data/services"));
  }

  @Test
  void shouldUseTheSystemPropertyWhenTheVariableIsUnset() {
    ServiceSettings settings =
        ServiceSettings.fromEnvironment(Map.of(), Optional.of("/from/property"), REPOSITORY);

    assertThat(settings.servicesRoot()).isEqualTo(Path.of("/from/property"));
  }

  @Test
  void shouldTakeTheReadinessTimeoutFromTheEnvironment() {
    ServiceSettings settings =
        ServiceSettings.fromEnvironment(
            Map.of("MF_SERVICES_TIMEOUT_SECONDS", "300"), Optional.empty(), REPOSITORY);

    assertThat(settings.readyTimeout()).isEqualTo(Duration.ofSeconds(300));
  }

  @Test
  void shouldRefuseATimeoutThatIsNotAPositiveNumber() {
    assertThatThrownBy(
            () ->
                ServiceSettings.fromEnvironment(
                    Map.of("MF_SERVICES_TIMEOUT_SECONDS", "2m"), Optional.empty(), REPOSITORY))
        .isInstanceOf(LocalServiceException.class)
        .hasMessage(
            "MF_SERVICES_TIMEOUT_SECONDS=2m is not a positive number of seconds; unset it or set"
                + " e.g. 180");
  }
}
