package io.meterflow.cassandra.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CassandraConnectionConfigTest {

  @Test
  void shouldNeverPrintItsPasswords() {
    CassandraConnectionConfig config =
        CassandraConnectionConfig.builder()
            .setContactPoints(List.of("cassandra-1:9042"))
            .setLocalDatacenter("dc1")
            .setKeyspace("meterflow")
            .setCredentials("meterflow", "cassandra-Pa55")
            .setTls("/etc/cassandra/truststore.p12", "truststore-Pa55", false)
            .build();

    assertThat(config.toString())
        .doesNotContain("cassandra-Pa55")
        .doesNotContain("truststore-Pa55")
        .contains("password=******")
        .contains("truststorePassword=******")
        .contains("hostnameValidation=false");
    assertThat(config.withoutKeyspace().keyspace()).isEmpty();
    assertThat(config.withoutKeyspace().toString()).doesNotContain("cassandra-Pa55");
  }

  @Test
  void shouldNameWhatIsMissing() {
    assertThatThrownBy(() -> CassandraConnectionConfig.builder().setLocalDatacenter("dc1").build())
        .hasMessage(
            "CassandraConnectionConfig needs contact points: call setContactPoints(host:port...).");
    assertThatThrownBy(
            () ->
                CassandraConnectionConfig.builder()
                    .setContactPoints(List.of("127.0.0.1:9042"))
                    .build())
        .hasMessageStartingWith("CassandraConnectionConfig needs the local datacenter");
    assertThatThrownBy(
            () ->
                CassandraConnectionConfig.builder()
                    .setContactPoints(List.of("127.0.0.1"))
                    .setLocalDatacenter("dc1")
                    .build())
        .hasMessage("Cassandra contact point '127.0.0.1' is not host:port, e.g. 127.0.0.1:9042.");
  }

  @Test
  void shouldAcceptOnlyHostAndPortContactPoints() {
    assertThat(CassandraConnectionConfig.isContactPoint("127.0.0.1:9042")).isTrue();
    assertThat(CassandraConnectionConfig.isContactPoint("cassandra.svc:19042")).isTrue();
    assertThat(CassandraConnectionConfig.isContactPoint("cassandra")).isFalse();
    assertThat(CassandraConnectionConfig.isContactPoint(":9042")).isFalse();
    assertThat(CassandraConnectionConfig.isContactPoint("host:0")).isFalse();
    assertThat(CassandraConnectionConfig.isContactPoint("host:70000")).isFalse();
    assertThat(CassandraConnectionConfig.isContactPoint("host:port")).isFalse();
  }
}
