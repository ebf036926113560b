package io.meterflow.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.input.HeadEndReading;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FleetIntervalsTest {

  private static final long SERIES = 10;

  @Test
  void shouldStateEachIntervalBetweenTwoConsecutiveReadingsOfItsMeter() {
    // Meter 3 at steps 4 and 5: the 43rd and 53rd readings of a fleet of 10.
    MeterReading before = new FleetReadings(SERIES, FleetMeters.ELECTRICITY).map(43L);
    MeterReading after = new FleetReadings(SERIES, FleetMeters.ELECTRICITY).map(53L);
    IntervalConsumption interval = new FleetIntervals(SERIES, FleetMeters.ELECTRICITY).map(43L);

    assertThat(interval.getMeterId()).isEqualTo("m3").isEqualTo(before.getMeterId());
    assertThat(interval.getRegister()).isEqualTo(Register.ELECTRICITY_IMPORT_ENERGY);
    assertThat(interval.getIntervalStart()).isEqualTo(Instant.parse("2024-01-01T01:00:00Z"));
    assertThat(interval.getIntervalStart()).isEqualTo(before.getReadingTime());
    assertThat(interval.getIntervalEnd()).isEqualTo(after.getReadingTime());
    assertThat(interval.getStartIndex()).isEqualTo(before.getValue());
    assertThat(interval.getEndIndex()).isEqualTo(after.getValue());
    assertThat(interval.getConsumption()).isEqualTo(0.004);
  }

  @Test
  void shouldSendTheHeadEndReadingOfTheSameMeterTimeAndIndexAsTheCanonicalOne() {
    MeterReading canonical = new FleetReadings(SERIES).map(43L);
    HeadEndReading headEnd = new FleetHeadEnd(SERIES).map(43L);

    assertThat(headEnd.getDeviceId()).isEqualTo(canonical.getMeterId());
    assertThat(headEnd.getRegisterCode()).isEqualTo("8-0:1.0.0");
    assertThat(headEnd.getUnit()).isEqualTo("m3");
    assertThat(headEnd.getTimestamp()).isEqualTo("2024-01-01T01:00:00Z");
    assertThat(headEnd.getValue()).isEqualTo(canonical.getValue());
  }

  @Test
  void shouldSendWholeLitresWithoutFloatingPointNoiseFarIntoTheRun() {
    // Meter 3 (4 litres a step) at step 123,457: 100,000 + 493,828 litres.
    MeterReading reading = new FleetReadings(SERIES).map(1_234_573L);

    assertThat(reading.getMeterId()).isEqualTo("m3");
    assertThat(Double.toString(reading.getValue())).isEqualTo("593.828");
  }
}
