package io.meterflow.cassandra.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.RequestEntryWrapper;
import org.junit.jupiter.api.Test;

class CassandraRowSerializerTest {

  private final CassandraRowSerializer serializer = new CassandraRowSerializer();

  @Test
  void shouldRestoreBufferedRowsWithEveryValueType() throws IOException {
    CassandraRow full =
        new CassandraRow(
            new Object[] {
              "tenant-a",
              42,
              7L,
              1.25,
              0.5f,
              true,
              Instant.parse("2024-01-15T10:15:30.123456Z"),
              LocalDate.parse("2024-01-15"),
              Set.of("LEAK", "BURST"),
              List.of("a", "b"),
              Map.of("leakedM3", 0.31),
              null,
              "é".repeat(40_000)
            });
    CassandraRow failedOnce = new CassandraRow(new Object[] {"x"}).afterFailedAttempt();
    List<RequestEntryWrapper<CassandraRow>> buffered =
        List.of(new RequestEntryWrapper<>(full, 100), new RequestEntryWrapper<>(failedOnce, 10));

    BufferedRequestState<CassandraRow> restored =
        serializer.deserialize(
            serializer.getVersion(), serializer.serialize(new BufferedRequestState<>(buffered)));

    assertThat(restored.getBufferedRequestEntries())
        .extracting(RequestEntryWrapper::getRequestEntry)
        .containsExactly(full, new CassandraRow(new Object[] {"x"}));
  }

  @Test
  void shouldRefuseToCheckpointAValueItCannotRestore() {
    CassandraRow row = new CassandraRow(new Object[] {new StringBuilder("x")});

    assertThatThrownBy(
            () ->
                serializer.serializeRequestToStream(
                    row, new DataOutputStream(new ByteArrayOutputStream())))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(
            "A Cassandra row holds a java.lang.StringBuilder, which the sink cannot checkpoint");
  }

  @Test
  void shouldAcceptOnlyValuesItCanCheckpoint() {
    assertThat(RowValues.isSupported(Map.of("k", Set.of(1L)))).isTrue();
    assertThat(RowValues.isSupported(null)).isTrue();
    assertThat(RowValues.isSupported(List.of(new StringBuilder()))).isFalse();
    assertThat(RowValues.isSupported(new AtomicLong())).isFalse();
    assertThat(RowValues.isSupported(Map.of("k", new StringBuilder()))).isFalse();
    assertThat(RowValues.isSupported(Map.of(new StringBuilder(), "v"))).isFalse();
  }

  @Test
  void shouldEstimateAValuesSizeFromItsTextAndElements() {
    assertThat(RowValues.estimatedSize(42L)).isEqualTo(8);
    assertThat(RowValues.estimatedSize("abc")).isEqualTo(4 + 3);
    assertThat(RowValues.estimatedSize(List.of("a", "bc"))).isEqualTo(4 + (4 + 1) + (4 + 2));
    assertThat(RowValues.estimatedSize(Map.of("ab", 1L))).isEqualTo(4 + (4 + 2) + 8);
  }
}
