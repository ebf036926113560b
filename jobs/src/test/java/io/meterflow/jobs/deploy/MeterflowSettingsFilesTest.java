package io.meterflow.jobs.deploy;

import static io.meterflow.jobs.deploy.DeploymentFiles.FLINK_CONF;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.config.MeterflowConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meterflow settings files of flink-conf/ load as every job's --config loads them. */
class MeterflowSettingsFilesTest {

  @TempDir Path noLocalServices;

  @Test
  void shouldScaleTheProductionSettingsDownToTheLocalServices() {
    MeterflowConfig local = load(FLINK_CONF.resolve("meterflow-local.yaml"), Map.of());

    assertThat(local.topics().partitions()).isEqualTo(2);
    assertThat(local.topics().replicationFactor()).isEqualTo((short) 1);
    assertThat(local.cassandra().connection().consistency())
        .isEqualTo(DefaultConsistencyLevel.LOCAL_ONE);
    assertThat(local.cassandra().schema().replicationCql())
        .isEqualTo("{'class': 'SimpleStrategy', 'replication_factor': 1}");
    assertThat(local.cassandra().schema().readingsTtl()).isEqualTo(Duration.ofDays(30));
    assertThat(local.jobConfiguration().toMap())
        .containsEntry("state.backend.type", "rocksdb")
        .containsEntry("execution.checkpointing.interval", "10 s")
        .containsEntry("periodize.allowed-lateness", "48h");
    // Endpoints come from the local services' endpoints.properties, never from this file.
    assertThat(local.setting("kafka.bootstrap.servers").orElseThrow().origin())
        .isEqualTo("default");
  }

  @Test
  void shouldReadTheProductionCredentialsFromMountedSecrets() throws Exception {
    Path secrets = Files.createDirectories(noLocalServices.resolve("secrets"));
    Path production = noLocalServices.resolve("meterflow.yaml");
    Files.writeString(
        production,
        Files.readString(FLINK_CONF.resolve("meterflow.yaml"))
            .replace("/etc/meterflow/secrets", secrets.toString()));
    for (String secret :
        new String[] {
          "kafka/sasl.jaas.config",
          "registry/user",
          "registry/password",
          "cassandra/username",
          "cassandra/password"
        }) {
      Path file = secrets.resolve(secret);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "value-of-" + file.getFileName() + "\n");
    }

    MeterflowConfig config = load(production, Map.of());

    assertThat(config.topics().partitions()).isEqualTo(24);
    assertThat(config.topics().replicationFactor()).isEqualTo((short) 3);
    assertThat(config.kafka().clientProperties())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.jaas.config", "value-of-sasl.jaas.config");
    assertThat(config.cassandra().schema().replicationCql())
        .isEqualTo("{'class': 'NetworkTopologyStrategy', 'dc1': 3}");
    assertThat(config.describe()).doesNotContain("value-of-password");
  }

  private MeterflowConfig load(Path file, Map<String, String> environment) {
    return MeterflowConfigLoader.fromArguments("--config", file.toString())
        .environment(environment)
        .servicesDirectory(noLocalServices)
        .load();
  }
}
