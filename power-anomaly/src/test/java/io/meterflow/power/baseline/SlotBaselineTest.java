package io.meterflow.power.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlotBaselineTest {

  private static final double ALPHA = 0.1;
  private static final int WARM_UP = 3;
  private static final double CLIP = 3;
  private static final double FLOOR = 0.1;

  @Test
  void shouldAverageTheWarmUpWeeksEquallyAsARunningMean() {
    SlotBaseline baseline = SlotBaseline.hourOfWeek();
    learn(baseline, 5, 1.0, 2.0, 3.0);

    assertThat(baseline.count(5)).isEqualTo(3);
    assertThat(baseline.level(5)).isEqualTo(2.0);
    assertThat(baseline.usualDeviation(5)).isCloseTo(0.5 + (1.5 - 0.5) / 3, within(1e-6));
    assertThat(baseline.count(6)).isZero();
  }

  @Test
  void shouldMoveAWarmSlotByAtMostTheClipSoThatAnOutlierBarelyCounts() {
    SlotBaseline baseline = SlotBaseline.hourOfWeek();
    learn(baseline, 0, 1.0, 1.0, 1.0);

    baseline.learn(0, 100.0, ALPHA, WARM_UP, CLIP, FLOOR, 1);

    // A weight of 1/4 on a residual clipped to 3 x 0.1 kWh.
    assertThat(baseline.level(0)).isCloseTo(1.075, within(1e-6));
    assertThat(baseline.usualDeviation(0)).isCloseTo(0.075, within(1e-6));
  }

  @Test
  void shouldLearnSlowlyAtAReducedRate() {
    SlotBaseline baseline = SlotBaseline.hourOfWeek();
    learn(baseline, 0, 1.0, 1.0, 1.0);

    baseline.learn(0, 1.2, ALPHA, WARM_UP, CLIP, FLOOR, 0.1);

    assertThat(baseline.level(0)).isCloseTo(1.005, within(1e-6));
  }

  @Test
  void shouldSettleOnTheWeightAlphaAfterTheWarmUp() {
    SlotBaseline baseline = SlotBaseline.hourOfWeek();
    for (int week = 0; week < 20; week++) {
      baseline.learn(0, 1.0, ALPHA, WARM_UP, CLIP, FLOOR, 1);
    }

    baseline.learn(0, 1.2, ALPHA, WARM_UP, CLIP, FLOOR, 1);

    assertThat(baseline.level(0)).isCloseTo(1.02, within(1e-6));
  }

  @Test
  void shouldCountObservationsOnlyUpToItsLimit() {
    SlotBaseline baseline = SlotBaseline.hourOfWeek();
    for (int week = 0; week < 300; week++) {
      baseline.learn(0, 1.0, ALPHA, WARM_UP, CLIP, FLOOR, 1);
    }

    assertThat(baseline.count(0)).isEqualTo(SlotBaseline.MAX_COUNT);
  }

  @Test
  void shouldPlaceHoursInTheLocalWeekStartingOnMonday() {
    ZoneId madrid = ZoneId.of("Europe/Madrid");

    assertThat(HourOfWeek.slot(Instant.parse("2024-01-14T23:00:00Z"), madrid)).isZero();
    assertThat(HourOfWeek.slot(Instant.parse("2024-01-15T10:30:00Z"), madrid)).isEqualTo(11);
    assertThat(HourOfWeek.slot(Instant.parse("2024-01-21T22:00:00Z"), madrid)).isEqualTo(167);
  }

  @Test
  void shouldPlaceHoursInTheLocalDayOfTheirKindOfDay() {
    ZoneId madrid = ZoneId.of("Europe/Madrid");

    assertThat(HourOfDay.slot(Instant.parse("2024-01-19T22:30:00Z"), madrid)).isEqualTo(23);
    assertThat(HourOfDay.slot(Instant.parse("2024-01-19T23:00:00Z"), madrid)).isEqualTo(24);
    assertThat(HourOfDay.slot(Instant.parse("2024-01-21T22:00:00Z"), madrid)).isEqualTo(47);
    assertThat(HourOfDay.slot(Instant.parse("2024-01-21T23:00:00Z"), madrid)).isZero();
    assertThat(HourOfDay.otherDayType(13)).isEqualTo(37);
    assertThat(HourOfDay.otherDayType(37)).isEqualTo(13);
  }

  private static void learn(SlotBaseline baseline, int slot, double... weeks) {
    for (double kwh : weeks) {
      baseline.learn(slot, kwh, ALPHA, WARM_UP, CLIP, FLOOR, 1);
    }
  }
}
