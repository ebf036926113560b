package io.meterflow.jobs.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.input.HeadEndReading;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

  private static final Instant FAR_FUTURE = Instant.parse("2090-01-01T00:00:00Z");

  private static final SimulationSettings ONE_DAY =
      new SimulationSettings(40, 1, SimulationSettings.DEFAULT_SEED, LocalDate.of(2024, 3, 4));

  @Test
  void shouldAnnounceEveryQuarterHourFromTheStartToTheEndInOrder() throws IOException {
    StepLog log = new StepLog();

    Simulation.of(ONE_DAY).run(log);

    assertThat(log.advances).hasSize(97);
    assertThat(log.advances.get(0)).isEqualTo(ONE_DAY.start());
    assertThat(log.advances.get(96)).isEqualTo(ONE_DAY.end());
    for (int i = 1; i < log.advances.size(); i++) {
      assertThat(Duration.between(log.advances.get(i - 1), log.advances.get(i)))
          .isEqualTo(Duration.ofMinutes(15));
    }
    assertThat(log.latestReading).isEqualTo(ONE_DAY.end());
  }

  @Test
  void shouldRunTheMetersOnBeyondTheSimulatedDaysWhenAskedTo() throws IOException {
    StepLog log = new StepLog();
    Instant until = ONE_DAY.end().plus(Duration.ofHours(6));

    Simulation.of(ONE_DAY).run(log, until);

    assertThat(log.advances).hasSize(97 + 24);
    assertThat(log.advances.get(log.advances.size() - 1)).isEqualTo(until);
    assertThat(log.latestReading).isEqualTo(until);
  }

  /** Records the step announcements and the latest head-end reading time. */
  private static final class StepLog implements SimulationSink {
    final List<Instant> advances = new ArrayList<>();
    Instant latestReading = Instant.EPOCH;

    @Override
    public void groundTruth(InjectedFault fault) {}

    @Override
    public void device(DeviceInfo device) {}

    @Override
    public void headEnd(HeadEndReading reading) {
      // Corrupt records lie in 2099 on purpose: they are rejected downstream.
      Instant time = OffsetDateTime.parse(reading.getTimestamp()).toInstant();
      if (time.isAfter(latestReading) && time.isBefore(FAR_FUTURE)) {
        latestReading = time;
      }
    }

    @Override
    public void webApiJson(String meterKey, String line) {}

    @Override
    public void csvRow(String fileName, String line) {}

    @Override
    public void advanced(Instant time) {
      advances.add(time);
    }

    @Override
    public void close() {}
  }
}
