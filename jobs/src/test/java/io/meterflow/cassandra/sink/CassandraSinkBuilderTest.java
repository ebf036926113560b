package io.meterflow.cassandra.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CassandraSinkBuilderTest {

  private static final CassandraConnectionConfig CONNECTION =
      CassandraConnectionConfig.builder()
          .setContactPoints(List.of("127.0.0.1:9042"))
          .setLocalDatacenter("datacenter1")
          .setKeyspace("meterflow")
          .setRequestTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void shouldNameEveryMissingSetting() {
    assertThatThrownBy(() -> CassandraSink.<String>builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CassandraSink cannot be built: no connection: call"
                + " setConnection(CassandraConnectionConfig); no insert statement: call"
                + " setInsertCql(\"INSERT INTO table (...) VALUES (?, ...)\"); no statement"
                + " binder: call setStatementBinder(element -> new Object[] {...}).");
  }

  @Test
  void shouldRejectABufferNoLargerThanABatch() {
    assertThatThrownBy(
            () ->
                CassandraSink.<String>builder()
                    .setConnection(CONNECTION)
                    .setInsertCql("INSERT INTO t (id) VALUES (?)")
                    .setStatementBinder(id -> new Object[] {id})
                    .setMaxBatchSize(500)
                    .setMaxBufferedRequests(500)
                    .build())
        .hasMessage(
            "CassandraSink cannot be built: setMaxBufferedRequests (500) must be greater than"
                + " setMaxBatchSize (500).");
  }

  @Test
  void shouldGiveABatchTheDriverTimeoutAndTheLongestBackoffBeforeTimingItOut() {
    RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(4));

    assertThat(CassandraSink.batchTimeout(CONNECTION, policy))
        .isEqualTo(Duration.ofSeconds(10 + 2 + 30));
  }

  @Test
  void shouldRejectABinderValueTheSinkCannotCheckpoint() {
    RowConverter<String> converter = new RowConverter<>(id -> new Object[] {id, new Object()});

    assertThatThrownBy(() -> converter.apply("a", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The statement binder gave a java.lang.Object for bind marker 1");
    assertThat(new RowConverter<String>(id -> new Object[] {id}).apply("a", null))
        .isEqualTo(new CassandraRow(new Object[] {"a"}));
  }
}
