package io.meterflow.contracts.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;

class RegistryClientSettingsTest {

  private static final URI REGISTRY = URI.create("https://registry.example:8443/apis/ccompat/v7");

  @Test
  void shouldDefaultToNoAuthNoTruststoreAndSixAttempts() {
    RegistryClientSettings settings = RegistryClientSettings.of(REGISTRY);

    assertThat(settings.baseUrl()).isEqualTo(REGISTRY);
    assertThat(settings.basicAuthUser()).isEmpty();
    assertThat(settings.basicAuthPassword()).isEmpty();
    assertThat(settings.truststore()).isEmpty();
    assertThat(settings.truststorePassword()).isEmpty();
    assertThat(settings.truststoreType()).isEqualTo("PKCS12");
    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.maxAttempts()).isEqualTo(6);
    assertThat(settings.initialBackoff()).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void shouldDoubleTheBackoffUpToTenSeconds() {
    RegistryClientSettings settings = RegistryClientSettings.of(REGISTRY);

    assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofMillis(200));
    assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMillis(400));
    assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofMillis(3200));
    assertThat(settings.backoffAfter(6)).isEqualTo(Duration.ofMillis(6400));
    assertThat(settings.backoffAfter(7)).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.backoffAfter(40)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void shouldNeverShowPasswordsInToString() {
    RegistryClientSettings settings =
        RegistryClientSettings.of(URI.create("https://admin:urlsecret@registry.example/apis"))
            .withBasicAuth("meterflow", "authsecret")
            .withTruststore(Path.of("/etc/meterflow/truststore.p12"), "storesecret", "PKCS12");

    assertThat(settings.toString())
        .doesNotContain("authsecret")
        .doesNotContain("storesecret")
        .doesNotContain("urlsecret")
        .contains("basicAuthUser=meterflow")
        .contains("basicAuthPassword=******")
        .contains("truststore=/etc/meterflow/truststore.p12")
        .contains("truststorePassword=******")
        .contains("baseUrl=https://registry.example/apis");
  }

  @Test
  void shouldSurviveJavaSerializationWithItsOptionalValues() throws Exception {
    RegistryClientSettings settings =
        RegistryClientSettings.of(REGISTRY)
            .withBasicAuth("meterflow", "authsecret")
            .withTruststore(Path.of("truststore.jks"), "storesecret", "JKS")
            .withRetries(3, Duration.ofMillis(50));

    RegistryClientSettings copy = InstantiationUtil.clone(settings);

    assertThat(copy).isEqualTo(settings);
    assertThat(copy.basicAuthPassword()).contains("authsecret");
    assertThat(copy.truststore()).contains(Path.of("truststore.jks"));
    assertThat(copy.truststoreType()).isEqualTo("JKS");
    assertThat(copy.maxAttempts()).isEqualTo(3);
  }

  @Test
  void shouldRequireBothUserAndPasswordForBasicAuth() {
    assertThatThrownBy(
            () ->
                new RegistryClientSettings(
                    REGISTRY,
                    Optional.of("meterflow"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    "PKCS12",
                    Duration.ofSeconds(1),
                    1,
                    Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registry basic auth needs both a user and a password, or neither");
  }

  @Test
  void shouldRejectANonHttpBaseUrl() {
    assertThatThrownBy(() -> RegistryClientSettings.of(URI.create("registry:8081")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "registry baseUrl must be an http or https URL such as"
                + " http://127.0.0.1:8080/apis/ccompat/v7, was registry:8081");
  }

  @Test
  void shouldRequireAtLeastOneAttempt() {
    assertThatThrownBy(
            () -> RegistryClientSettings.of(REGISTRY).withRetries(0, Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registry maxAttempts must be at least 1, was 0");
  }
}
