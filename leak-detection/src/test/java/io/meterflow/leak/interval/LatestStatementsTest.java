package io.meterflow.leak.interval;

import static io.meterflow.leak.testing.WaterFixtures.hour;
import static io.meterflow.leak.testing.WaterFixtures.hourly;
import static io.meterflow.leak.testing.WaterFixtures.quarterHourly;
import static io.meterflow.leak.testing.WaterFixtures.restated;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.IntervalConsumption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestStatementsTest {

  @Test
  void shouldKeepTheHighestVersionOfEachIntervalWhateverTheArrivalOrder() {
    IntervalConsumption first = hourly(hour(0), 0.001);
    IntervalConsumption second = restated(first, 0.002, 2);

    assertThat(LatestStatements.of(List.of(second, first, first))).containsExactly(second);
    assertThat(LatestStatements.of(List.of(first, second))).containsExactly(second);
  }

  @Test
  void shouldPutTheQuarterHourBeforeTheHourEndingWithIt() {
    IntervalConsumption hour = hourly(hour(0), 0.001);
    IntervalConsumption quarter = quarterHourly(hour(0).plus(Duration.ofMinutes(45)), 0.004);

    assertThat(LatestStatements.of(List.of(hour, quarter))).containsExactly(quarter, hour);
  }
}
