package io.meterflow.jobs.config;

import static io.meterflow.jobs.config.ConfigTestSupport.PASSWORD;
import static io.meterflow.jobs.config.ConfigTestSupport.loader;
import static io.meterflow.jobs.config.ConfigTestSupport.rejected;
import static io.meterflow.jobs.config.ConfigTestSupport.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretRedactionTest {

  @TempDir Path folder;

  @Test
  void shouldNeverPrintAPasswordGivenAsAnArgument() {
    MeterflowConfig config =
        loader(folder)
            .argument("cassandra.username", "meterflow")
            .argument("cassandra.password", PASSWORD)
            .load();

    assertThat(config.describe())
        .doesNotContain(PASSWORD)
        .contains("cassandra.password")
        .contains("= ******  (argument)");
    assertThat(config.toString()).doesNotContain(PASSWORD).contains("cassandra.password=******");
    assertThat(config.cassandra().toString()).doesNotContain(PASSWORD);
    assertThat(config.cassandra().connection().toString())
        .doesNotContain(PASSWORD)
        .contains("username=meterflow, password=******");
    assertThat(config.setting("cassandra.password").orElseThrow().toString())
        .isEqualTo("****** (argument)");
  }

  @Test
  void shouldResolveSecretsFromTheEnvironmentAndFromMountedFiles() throws Exception {
    Path secret = folder.resolve("registry-password");
    Files.writeString(secret, PASSWORD + "\n", StandardCharsets.UTF_8);

    MeterflowConfig config =
        loader(folder, Map.of("MF_CASSANDRA_PASSWORD", PASSWORD))
            .argument("cassandra.username", "meterflow")
            .argument("cassandra.password", "${env:MF_CASSANDRA_PASSWORD}")
            .argument("registry.basic-auth.user", "meterflow")
            .argument("registry.basic-auth.password", "${file:" + secret + "}")
            .load();

    assertThat(config.registry().basicAuthPassword().orElseThrow().reveal()).isEqualTo(PASSWORD);
    assertThat(config.setting("cassandra.password").orElseThrow().value()).isEqualTo(PASSWORD);
    assertThat(config.describe())
        .doesNotContain(PASSWORD)
        .contains("= ******  (argument, ${env:MF_CASSANDRA_PASSWORD})")
        .contains("= ******  (argument, ${file:" + secret + "})");
    assertThat(config.registry().toString()).doesNotContain(PASSWORD);
  }

  @Test
  void shouldRedactKafkaSecretsAndAnyValueReadFromASecretReference() throws Exception {
    Path file =
        yaml(
            folder,
            """
            kafka:
              properties:
                sasl.jaas.config: >-
                  org.apache.kafka.common.security.scram.ScramLoginModule required
                  username="meterflow" password="${env:KAFKA_PASSWORD}";
                ssl.key.password: %s
                ssl.keystore.location: ${file:%s}
            """
                .formatted(PASSWORD, folder.resolve("keystore-location")));
    Files.writeString(folder.resolve("keystore-location"), "/etc/kafka/" + PASSWORD + ".p12");

    MeterflowConfig config =
        loader(folder, Map.of("KAFKA_PASSWORD", PASSWORD)).configFile(file).load();

    assertThat(config.kafka().clientProperties().getProperty("sasl.jaas.config"))
        .endsWith("username=\"meterflow\" password=\"" + PASSWORD + "\";");
    assertThat(config.describe()).doesNotContain(PASSWORD);
    assertThat(config.toString()).doesNotContain(PASSWORD);
    assertThat(config.kafka().toString())
        .doesNotContain(PASSWORD)
        .contains("sasl.jaas.config=******")
        .contains("ssl.key.password=******")
        .contains("ssl.keystore.location=******");
  }

  @Test
  void shouldKeepPasswordsOutOfTheLogs() {
    try (CapturedLogs logs = CapturedLogs.of("io.meterflow")) {
      loader(folder, Map.of("MF_CASSANDRA_PASSWORD", PASSWORD))
          .argument("cassandra.username", "meterflow")
          .argument("cassandra.password", "${env:MF_CASSANDRA_PASSWORD}")
          .argument("registry.basic-auth.user", "meterflow")
          .argument("registry.basic-auth.password", PASSWORD)
          .argument("kafka.properties.sasl.jaas.config", "password=\"" + PASSWORD + "\";")
          .load();

      assertThat(logs.text())
          .contains("INFO Effective meterflow configuration:")
          .contains("cassandra.password")
          .contains("registry.basic-auth.password")
          .contains("kafka.properties.sasl.jaas.config")
          .contains("******")
          .doesNotContain(PASSWORD);
    }
  }

  @Test
  void shouldKeepPasswordsOutOfErrorMessages() throws Exception {
    Path badYaml =
        yaml(folder, "cassandra:\n  password: " + PASSWORD + "\n  username: [unclosed\n");

    ConfigException invalid =
        rejected(
            loader(folder)
                .argument("cassandra.password", PASSWORD)
                .argument("kafka.properties.ssl.key.password", PASSWORD)
                .argument("kafka.properties.bootstrap.servers", "broker:9092"));

    assertThat(invalid.getMessage())
        .doesNotContain(PASSWORD)
        .contains("cassandra.username and cassandra.password go together")
        .contains("kafka.properties.bootstrap.servers = 'broker:9092' (argument) duplicates");
    assertThatThrownBy(() -> loader(folder).configFile(badYaml).load())
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            "Invalid meterflow configuration: --config " + badYaml + " is not valid YAML near line")
        .message()
        .doesNotContain(PASSWORD);
  }
}
