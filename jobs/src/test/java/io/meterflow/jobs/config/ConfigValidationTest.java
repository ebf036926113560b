package io.meterflow.jobs.config;

import static io.meterflow.jobs.config.ConfigTestSupport.loader;
import static io.meterflow.jobs.config.ConfigTestSupport.rejected;
import static io.meterflow.jobs.config.ConfigTestSupport.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigValidationTest {

  @TempDir Path folder;

  @Test
  void shouldNameAnUnknownSettingAndTheKnownOnesOfItsSection() {
    ConfigException error = rejected(loader(folder).argument("cassandra.pasword", "x"));

    assertThat(error.problems())
        .singleElement()
        .asString()
        .startsWith(
            "Unknown setting cassandra.pasword (argument): check its spelling; known"
                + " settings there: cassandra.contact-points, cassandra.local-datacenter,")
        .contains("cassandra.password");
  }

  @Test
  void shouldPointKafkaClientPropertiesToTheirPrefix() {
    ConfigException error = rejected(loader(folder).argument("kafka.security.protocol", "SSL"));

    assertThat(error.problems())
        .containsExactly(
            "Unknown setting kafka.security.protocol (argument): check its spelling; known"
                + " settings there: kafka.bootstrap.servers; Kafka client properties go under"
                + " kafka.properties.*.");
  }

  @Test
  void shouldNameTheSettingItsOriginAndTheFixForAMalformedValue() throws Exception {
    Path file = yaml(folder, "cassandra:\n  request-timeout: soon\n");

    ConfigException error = rejected(loader(folder).configFile(file));

    assertThat(error.problems())
        .containsExactly(
            "cassandra.request-timeout = 'soon' (config file "
                + file
                + ") is not a duration: write a number and a unit, e.g. 500ms, 10s, 5min, 400d.");
  }

  @Test
  void shouldReportEveryProblemAtOnce() {
    ConfigException error =
        rejected(
            loader(folder)
                .argument("cassandra.contact-points", "cassandra-without-port")
                .argument("cassandra.write-consistency", "MOSTLY")
                .argument("topics.partitions", "0")
                .argument("registry.url", "registry:8081")
                .argument("topics.alarms", "meter alarms"));

    assertThat(error.problems())
        .containsExactly(
            "registry.url = 'registry:8081' (argument) is not an http(s) URL: write e.g."
                + " http://registry:8081.",
            "cassandra.contact-points = 'cassandra-without-port' (argument) must be"
                + " host:port[,host:port...], e.g. 127.0.0.1:9042.",
            "cassandra.write-consistency = 'MOSTLY' (argument) must be one of ANY, ONE, TWO,"
                + " THREE, QUORUM, ALL, LOCAL_ONE, LOCAL_QUORUM, EACH_QUORUM, SERIAL,"
                + " LOCAL_SERIAL.",
            "topics.alarms = 'meter alarms' (argument) is not a Kafka topic name: use letters,"
                + " digits, '.', '_' or '-' (249 at most).",
            "topics.partitions = '0' (argument) must be at least 1.");
    assertThat(error.getMessage()).startsWith("Invalid meterflow configuration (5 problems):");
  }

  @Test
  void shouldAskForBothCredentialsWhenOnlyOneIsSet() {
    ConfigException cassandra = rejected(loader(folder).argument("cassandra.username", "mf"));
    ConfigException registry =
        rejected(loader(folder).argument("registry.basic-auth.password", "x"));

    assertThat(cassandra.problems())
        .containsExactly(
            "cassandra.username and cassandra.password go together: set both (the password as"
                + " ${env:NAME} or ${file:/path}) or neither.");
    assertThat(registry.problems())
        .containsExactly(
            "registry.basic-auth.user and registry.basic-auth.password go together: set both or"
                + " neither.");
  }

  @Test
  void shouldRejectATruststoreThatIsMissingOrUnused() {
    Path missing = folder.resolve("missing.p12");

    ConfigException error =
        rejected(loader(folder).argument("cassandra.tls.truststore.path", missing.toString()));

    assertThat(error.problems())
        .containsExactly(
            "cassandra.tls.truststore.path = '"
                + missing
                + "' (argument) names no readable file: fix the path or mount it.",
            "cassandra.tls.truststore.path = '"
                + missing
                + "' (argument) is set but cassandra.tls.enabled is false: set"
                + " cassandra.tls.enabled=true to use it.");
  }

  @Test
  void shouldRequireMoreBufferedRowsThanABatchHolds() {
    ConfigException error =
        rejected(
            loader(folder)
                .argument("cassandra.sink.max-batch-size", "500")
                .argument("cassandra.sink.max-buffered-requests", "500"));

    assertThat(error.problems())
        .containsExactly(
            "cassandra.sink.max-buffered-requests = '500' (argument) must be greater than"
                + " cassandra.sink.max-batch-size (500).");
  }

  @Test
  void shouldNameTheMissingEnvironmentVariableOrSecretFile() {
    Path missing = folder.resolve("secrets").resolve("cassandra-password");

    ConfigException error =
        rejected(
            loader(folder, Map.of())
                .argument("cassandra.username", "mf")
                .argument("cassandra.password", "${env:MF_CASSANDRA_PASSWORD}")
                .argument("registry.basic-auth.user", "mf")
                .argument("registry.basic-auth.password", "${file:" + missing + "}"));

    assertThat(error.problems())
        .containsExactly(
            "cassandra.password refers to the environment variable MF_CASSANDRA_PASSWORD, which"
                + " is not set: export MF_CASSANDRA_PASSWORD or set cassandra.password another"
                + " way.",
            "registry.basic-auth.password refers to the file "
                + missing
                + ", which cannot be read (NoSuchFileException): mount the secret there or fix"
                + " the path.");
  }

  @Test
  void shouldRejectAConfigFileThatIsNotAMapOfSettings() throws Exception {
    Path list = yaml(folder, "- cassandra\n- kafka\n");
    Path missing = folder.resolve("absent.yaml");

    assertThatThrownBy(() -> loader(folder).configFile(list).load())
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith("must hold a map of settings, e.g. 'cassandra: {keyspace: x}'.");
    assertThatThrownBy(() -> loader(folder).configFile(missing).load())
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith(
            "--config " + missing + " names no readable file: fix the path or create the file.");
  }
}
