package io.meterflow.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TopologySetupTest {

  private static final Duration SECOND = Duration.ofSeconds(1);

  @Test
  void shouldCountOneRecordPerSeriesAndStepForEachCountedOperator() {
    assertThat(
            new TopologySetup(new PeriodizeBench(), 1000, 1, "hashmap", SECOND, SECOND, 3)
                .recordsForDays())
        .isEqualTo(288_000);
    assertThat(
            new TopologySetup(AlarmBench.leak(), 1000, 1, "hashmap", SECOND, SECOND, 3)
                .recordsForDays())
        .isEqualTo(576_000);
  }

  @Test
  void shouldLabelARunByTopologyParallelismBackendAndSeries() {
    assertThat(
            new TopologySetup(AlarmBench.power(), 10_000, 2, "rocksdb", SECOND, SECOND, 3).label())
        .isEqualTo("power p2 rocksdb 10000");
  }
}
