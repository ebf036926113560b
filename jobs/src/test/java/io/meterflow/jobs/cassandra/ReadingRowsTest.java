package io.meterflow.jobs.cassandra;

import static io.meterflow.contracts.testing.ContractFixtures.BEGINNING;
import static io.meterflow.contracts.testing.ContractFixtures.METER;
import static io.meterflow.contracts.testing.ContractFixtures.TENANT;
import static io.meterflow.contracts.testing.ContractFixtures.waterIndex;
import static io.meterflow.jobs.cassandra.RowsTestSupport.assertBindsEveryMarker;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadingRowsTest {

  private static final Instant READ_AT = Instant.parse("2024-01-15T23:45:00Z");
  private static final Instant RECEIVED_AT = Instant.parse("2024-01-16T00:10:00.123Z");

  private final MeterReading reading =
      waterIndex(READ_AT, 123.456)
          .setReceivedTime(RECEIVED_AT)
          .setFlags(List.of(ReadingFlag.LEAK, ReadingFlag.LOW_BATTERY))
          .build();

  @Test
  void shouldBindTheReadingInColumnOrderWithTheUtcDayAsBucket() {
    assertThat(ReadingRows.ON_TIME.binder().bind(reading))
        .containsExactly(
            TENANT,
            METER,
            "WATER_VOLUME",
            LocalDate.parse("2024-01-15"),
            READ_AT,
            reading.getReadingId(),
            "CUMULATIVE",
            123.456,
            "M3",
            Set.of("LEAK", "LOW_BATTERY"),
            "test-head-end",
            "HEAD_END_AVRO",
            RECEIVED_AT,
            false,
            1_705_363_800_123_000L);
    assertBindsEveryMarker(ReadingRows.ON_TIME, reading);
  }

  @Test
  void shouldFlagLateReadingsInTheSameTable() throws Exception {
    Object[] late = ReadingRows.LATE.binder().bind(reading);

    assertThat(late[13]).isEqualTo(true);
    assertThat(ReadingRows.LATE.table()).isEqualTo(ReadingRows.ON_TIME.table());
    assertThat(ReadingRows.LATE.name()).isNotEqualTo(ReadingRows.ON_TIME.name());
    assertThat(ReadingRows.LATE.accepts().filter(waterIndex(BEGINNING, 1).build())).isTrue();
  }
}
