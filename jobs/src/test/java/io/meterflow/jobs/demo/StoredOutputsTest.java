package io.meterflow.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AlarmStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredOutputsTest {

  private record Step(String alarmId, int sequence, AlarmStatus status) {}

  @Test
  void shouldHoldWhenTheTableHasExactlyTheNewestRecordOfEveryKey() {
    List<Balance> balances =
        StoredOutputs.compare(
            "alarms_by_tenant_day",
            Map.of("a", "2|CLEARED", "b", "1|RAISED"),
            Map.of("a", "2|CLEARED", "b", "1|RAISED"));

    assertThat(balances)
        .extracting(Balance::line)
        .containsExactly(
            "Kafka -> alarms_by_tenant_day: newestOnKafka=2 = alikeInCassandra=2 ok",
            "alarms_by_tenant_day: rows=2 = alikeOnKafka=2 ok");
  }

  @Test
  void shouldCountAMissingRowAnOlderRowAndASpuriousRow() {
    List<Balance> balances =
        StoredOutputs.compare(
            "intervals_by_series_day",
            Map.of("missing", "1|0.5|MEASURED", "stale", "2|0.7|MEASURED", "kept", "1|1.0|GAP"),
            Map.of("stale", "1|0.6|MEASURED", "kept", "1|1.0|GAP", "spurious", "1|9.0|GAP"));

    assertThat(balances)
        .extracting(Balance::line)
        .containsExactly(
            "Kafka -> intervals_by_series_day: newestOnKafka=3 != alikeInCassandra=1 (off by 2)",
            "intervals_by_series_day: rows=3 != alikeOnKafka=1 (off by 2)");
  }

  private static final StoredOutputs.Versioned<Step> STEPS =
      new StoredOutputs.Versioned<>(
          Step::alarmId,
          Step::sequence,
          step -> StoredOutputs.columns(step.sequence(), step.status()));

  @Test
  void shouldKeepTheHighestVersionOfEachKeyWhateverTheOrderOnTheTopic() {
    List<Step> steps =
        List.of(
            new Step("a", 1, AlarmStatus.RAISED),
            new Step("b", 1, AlarmStatus.RAISED),
            new Step("a", 3, AlarmStatus.CLEARED),
            new Step("a", 2, AlarmStatus.UPDATED));

    assertThat(STEPS.newest(steps))
        .containsExactlyInAnyOrderEntriesOf(Map.of("a", "3|CLEARED", "b", "1|RAISED"));
    assertThat(STEPS.once("meter.alarms", steps).line())
        .isEqualTo("Kafka meter.alarms: records=4 = distinctVersions=4 ok");
  }

  @Test
  void shouldCountAVersionWrittenTwiceThoughTheNewestIsTheSame() {
    List<Step> steps =
        List.of(
            new Step("a", 1, AlarmStatus.RAISED),
            new Step("a", 2, AlarmStatus.CLEARED),
            new Step("a", 1, AlarmStatus.RAISED));

    assertThat(STEPS.newest(steps)).containsExactlyEntriesOf(Map.of("a", "2|CLEARED"));
    assertThat(STEPS.once("meter.alarms", steps).line())
        .isEqualTo("Kafka meter.alarms: records=3 != distinctVersions=2 (off by 1)");
  }

  @Test
  void shouldWriteColumnsAsCassandraReturnsThem() {
    assertThat(
            StoredOutputs.columns(
                7, 0.25, AlarmStatus.CLEARED, Instant.parse("2024-05-06T01:00:00Z"), null))
        .isEqualTo("7|0.25|CLEARED|2024-05-06T01:00:00Z|null");
  }
}
