package io.meterflow.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TopologySetupTest {

  private static final RunLength SHORT =
      new RunLength(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(1));

  @Test
  void shouldCountOneRecordPerSeriesAndStepForEachCountedOperator() {
    assertThat(
            new TopologySetup(new PeriodizeBench(), 1000, 1, "hashmap", SHORT)
                .recordsFor(Duration.ofDays(3)))
        .isEqualTo(288_000);
    assertThat(
            new TopologySetup(AlarmBench.leak(), 1000, 1, "hashmap", SHORT)
                .recordsFor(Duration.ofDays(3)))
        .isEqualTo(576_000);
    assertThat(
            new TopologySetup(AlarmBench.leak(), 1000, 1, "hashmap", SHORT)
                .recordsFor(Duration.ofHours(6)))
        .isEqualTo(48_000);
  }

  @Test
  void shouldLabelARunByTopologyParallelismBackendAndSeries() {
    assertThat(new TopologySetup(AlarmBench.power(), 10_000, 2, "rocksdb", SHORT).label())
        .isEqualTo("power p2 rocksdb 10000");
  }

  @Test
  void shouldPassEachStateMarkOnceWhenTheFleetHasCoveredItsHistory() {
    // 100 series, one counted operator: 400 records per hour of event time.
    StateMarks marks =
        new StateMarks(new TopologySetup(new PeriodizeBench(), 100, 1, "hashmap", SHORT));

    assertThat(marks.passedAt(2_399)).isEmpty();
    assertThat(marks.passedAt(2_400)).containsExactly(Duration.ofHours(6));
    assertThat(marks.passedAt(2_401)).isEmpty();
    assertThat(marks.passedAt(19_200))
        .containsExactly(Duration.ofHours(12), Duration.ofHours(24), Duration.ofHours(48));
    assertThat(marks.pending()).isTrue();
    assertThat(marks.passedAt(1_000_000)).containsExactly(Duration.ofHours(72), Duration.ofDays(7));
    assertThat(marks.pending()).isFalse();
    assertThat(marks.passedAt(2_000_000)).isEmpty();
  }
}
