package io.meterflow.jobs.config;

import static io.meterflow.jobs.config.ConfigTestSupport.loader;
import static io.meterflow.jobs.config.ConfigTestSupport.servicesFolder;
import static io.meterflow.jobs.config.ConfigTestSupport.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.meterflow.cassandra.sink.RetryPolicy;
import io.meterflow.jobs.services.ServiceEndpoints;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeterflowConfigLoaderTest {

  private static final ServiceEndpoints LOCAL_SERVICES =
      new ServiceEndpoints(
          "127.0.0.1:39092",
          "http://127.0.0.1:38080/apis/ccompat/v7",
          "127.0.0.1:39042",
          "dc-local");

  @TempDir Path folder;

  @Test
  void shouldUseTheSpecDefaultsWhenNothingIsConfigured() {
    MeterflowConfig config = loader(folder).load();

    assertThat(config.topics().all())
        .containsExactly(
            "meter.readings.headend",
            "meter.readings.json",
            "meter.devices",
            "meter.readings.normalized",
            "meter.readings.rejected",
            "meter.readings.late",
            "meter.readings.intervals",
            "meter.aggregates",
            "meter.alarms",
            "meter.config.register-mappings");
    assertThat(config.topics().compacted())
        .containsExactly("meter.devices", "meter.config.register-mappings");
    assertThat(config.topics().partitions()).isEqualTo(6);
    assertThat(config.kafka().bootstrapServers()).isEqualTo("127.0.0.1:9092");
    assertThat(config.registry().url()).hasToString("http://127.0.0.1:8081");
    assertThat(config.cassandra().connection().contactPoints()).containsExactly("127.0.0.1:9042");
    assertThat(config.cassandra().connection().localDatacenter()).isEqualTo("datacenter1");
    assertThat(config.cassandra().connection().keyspace()).contains("meterflow");
    assertThat(config.cassandra().connection().consistency())
        .isEqualTo(DefaultConsistencyLevel.LOCAL_QUORUM);
    assertThat(config.cassandra().connection().requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.cassandra().schema().readingsTtl()).isEqualTo(Duration.ofDays(400));
    assertThat(config.cassandra().schema().replicationCql())
        .isEqualTo("{'class': 'SimpleStrategy', 'replication_factor': 1}");
    assertThat(config.cassandra().sink())
        .isEqualTo(
            new CassandraSinkSettings(
                200,
                4,
                10_000,
                Duration.ofSeconds(1),
                new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(5))));
  }

  @Test
  void shouldTakeTheLocalServicesEndpointsOverTheDefaults() throws Exception {
    MeterflowConfig config =
        loader(folder).servicesDirectory(servicesFolder(folder, LOCAL_SERVICES)).load();

    assertThat(config.kafka().bootstrapServers()).isEqualTo("127.0.0.1:39092");
    assertThat(config.registry().url()).hasToString("http://127.0.0.1:38080/apis/ccompat/v7");
    assertThat(config.cassandra().connection().contactPoints()).containsExactly("127.0.0.1:39042");
    assertThat(config.cassandra().connection().localDatacenter()).isEqualTo("dc-local");
    assertThat(config.setting("kafka.bootstrap.servers").orElseThrow().origin())
        .isEqualTo(
            "services endpoints " + folder.resolve("services").resolve("endpoints.properties"));
  }

  @Test
  void shouldLetTheConfigFileOverrideTheEndpointsAndArgumentsOverrideTheFile() throws Exception {
    Path file =
        yaml(
            folder,
            """
            kafka:
              bootstrap.servers: broker-1:9092,broker-2:9092
            cassandra:
              contact-points: [cass-1:9042, cass-2:9042]
              local-datacenter: eu-west
            """);

    MeterflowConfig config =
        loader(folder)
            .servicesDirectory(servicesFolder(folder, LOCAL_SERVICES))
            .configFile(file)
            .argument("cassandra.local-datacenter", "eu-central")
            .load();

    assertThat(config.kafka().bootstrapServers()).isEqualTo("broker-1:9092,broker-2:9092");
    assertThat(config.registry().url()).hasToString("http://127.0.0.1:38080/apis/ccompat/v7");
    assertThat(config.cassandra().connection().contactPoints())
        .containsExactly("cass-1:9042", "cass-2:9042");
    assertThat(config.cassandra().connection().localDatacenter()).isEqualTo("eu-central");
    assertThat(config.setting("kafka.bootstrap.servers").orElseThrow().origin())
        .isEqualTo("config file " + file);
    assertThat(config.setting("cassandra.local-datacenter").orElseThrow().origin())
        .isEqualTo("argument");
  }

  @Test
  void shouldReadNestedYamlSectionsAsDottedKeys() throws Exception {
    Path file =
        yaml(
            folder,
            """
            cassandra:
              keyspace: utility_x
              write-consistency: LOCAL_ONE
              readings-ttl: 90d
              sink:
                max-batch-size: 50
                max-retries: 2
              replication:
                strategy: NetworkTopologyStrategy
                datacenters: eu-west:3, eu-central:2
            topics:
              partitions: 12
              alarms: utility-x.alarms
            """);

    MeterflowConfig config = loader(folder).configFile(file).load();

    assertThat(config.cassandra().connection().keyspace()).contains("utility_x");
    assertThat(config.cassandra().connection().consistency())
        .isEqualTo(DefaultConsistencyLevel.LOCAL_ONE);
    assertThat(config.cassandra().schema().readingsTtlSeconds()).isEqualTo(90L * 24 * 3600);
    assertThat(config.cassandra().sink().maxBatchSize()).isEqualTo(50);
    assertThat(config.cassandra().sink().retryPolicy().maxRetries()).isEqualTo(2);
    assertThat(config.cassandra().schema().replicationCql())
        .isEqualTo("{'class': 'NetworkTopologyStrategy', 'eu-west': 3, 'eu-central': 2}");
    assertThat(config.topics().partitions()).isEqualTo(12);
    assertThat(config.topics().alarms()).isEqualTo("utility-x.alarms");
  }

  @Test
  void shouldReplicateToTheLocalDatacenterWhenNoDatacentersAreListed() {
    MeterflowConfig config =
        loader(folder)
            .argument("cassandra.replication.strategy", "NetworkTopologyStrategy")
            .argument("cassandra.replication.factor", "3")
            .argument("cassandra.local-datacenter", "dc1")
            .load();

    assertThat(config.cassandra().schema().replicationCql())
        .isEqualTo("{'class': 'NetworkTopologyStrategy', 'dc1': 3}");
  }

  @Test
  void shouldPassKafkaClientPropertiesThrough() throws Exception {
    Path file =
        yaml(
            folder,
            """
            kafka:
              bootstrap.servers: broker:9093
              properties:
                security.protocol: SASL_SSL
                sasl.mechanism: SCRAM-SHA-512
                ssl.truststore.location: /etc/kafka/truststore.p12
            """);

    MeterflowConfig config =
        loader(folder)
            .configFile(file)
            .argument("kafka.properties.client.dns.lookup", "use_all_dns_ips")
            .load();

    assertThat(config.kafka().clientProperties())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "bootstrap.servers", "broker:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "ssl.truststore.location", "/etc/kafka/truststore.p12",
                "client.dns.lookup", "use_all_dns_ips"));
  }

  @Test
  void shouldCarryTheJobSectionIntoFlinkConfigurationWithoutItsPrefix() throws Exception {
    Path file =
        yaml(
            folder,
            """
            job:
              periodize:
                allowed-lateness: 48h
              periodize.resolutions: [PT15M, PT1H, P1D]
            """);

    Configuration job =
        loader(folder)
            .configFile(file)
            .argument("job.leak.burst.min-duration", "30 min")
            .load()
            .jobConfiguration();

    assertThat(job.toMap())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "periodize.allowed-lateness", "48h",
                "periodize.resolutions", "PT15M,PT1H,P1D",
                "leak.burst.min-duration", "30 min"));
  }

  @Test
  void shouldParseTheConfigOptionAndKeyValueArguments() throws Exception {
    Path file = yaml(folder, "cassandra:\n  keyspace: from_file\n");

    MeterflowConfigLoader separate =
        MeterflowConfigLoader.fromArguments(
            "--config", file.toString(), "topics.partitions=3", "job.normalizer.csv.profile=a=b");
    MeterflowConfigLoader joined =
        MeterflowConfigLoader.fromArguments("--config=" + file, "topics.partitions=4");

    MeterflowConfig first = separate.servicesDirectory(folder).environment(Map.of()).load();
    MeterflowConfig second = joined.servicesDirectory(folder).environment(Map.of()).load();
    assertThat(first.cassandra().connection().keyspace()).contains("from_file");
    assertThat(first.topics().partitions()).isEqualTo(3);
    assertThat(first.jobConfiguration().toMap()).containsEntry("normalizer.csv.profile", "a=b");
    assertThat(second.cassandra().connection().keyspace()).contains("from_file");
    assertThat(second.topics().partitions()).isEqualTo(4);
  }

  @Test
  void shouldRejectAnArgumentThatIsNeitherConfigNorKeyValue() {
    assertThatThrownBy(() -> MeterflowConfigLoader.fromArguments("--meters", "10"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "Invalid meterflow configuration: Unexpected argument '--meters': pass --config FILE"
                + " and settings as key=value, e.g. cassandra.keyspace=meterflow.");
    assertThatThrownBy(() -> MeterflowConfigLoader.fromArguments("--config"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--config needs a file");
  }

  @Test
  void shouldTreatAnEmptyConfigFileAsNoSettings() throws Exception {
    MeterflowConfig config = loader(folder).configFile(yaml(folder, "# nothing yet\n")).load();

    assertThat(config.topics().partitions()).isEqualTo(6);
    assertThat(KnownSettings.ALL.stream().map(Setting::key).toList())
        .doesNotHaveDuplicates()
        .contains("cassandra.password", "registry.basic-auth.password", "topics.alarms");
  }

  @Test
  void shouldDescribeEverySettingWithItsOrigin() {
    String description = loader(folder).argument("topics.partitions", "9").load().describe();

    List<String> lines = description.lines().toList();
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).matches("  topics\\.partitions += 9  \\(argument\\)"))
        .anySatisfy(
            line -> assertThat(line).matches("  cassandra\\.keyspace += meterflow  \\(default\\)"));
  }
}
