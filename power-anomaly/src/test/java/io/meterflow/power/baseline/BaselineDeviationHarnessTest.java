package io.meterflow.power.baseline;

import static io.meterflow.power.testing.PowerFixtures.HOUR;
import static io.meterflow.power.testing.PowerFixtures.hour;
import static io.meterflow.power.testing.PowerFixtures.hourly;
import static io.meterflow.power.testing.PowerFixtures.meter;
import static io.meterflow.power.testing.PowerFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.power.testing.MeterHarness;
import io.meterflow.power.testing.PowerFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * BASELINE_DEVIATION with the defaults (3 warm-up weeks, 4 usual deviations and 0.3 kWh, 3
 * consecutive hours), on a meter that uses 1 kWh every hour: its usual deviation is the 10 % floor,
 * 0.1 kWh, so 3 kWh deviates.
 */
class BaselineDeviationHarnessTest {

  private static final int WEEK = 168;

  /** Monday 10:00 UTC of the fourth week, the first week judged. */
  private static final int FOURTH_MONDAY_10 = 3 * WEEK + 10;

  private MeterHarness<IntervalConsumption> harness;

  @BeforeEach
  void openHarness() throws Exception {
    harness = MeterHarness.consumption(Map.of()).device(meter());
  }

  @AfterEach
  void closeHarness() throws Exception {
    harness.close();
  }

  @Test
  void shouldRaiseAfterThreeDeviatingHoursAndClearAfterThreeNormalOnes() throws Exception {
    int first = FOURTH_MONDAY_10;
    harness.add(hours(0, first + 7, h -> h >= first && h < first + 4 ? 3.0 : 1.0));
    harness.watermark(hour(first + 7));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "BASELINE_DEVIATION", hour(first), hour(first + 3), null),
            step("UPDATED", "BASELINE_DEVIATION", hour(first), hour(first + 4), null),
            step("CLEARED", "BASELINE_DEVIATION", hour(first), hour(first + 7), hour(first + 4)));
    assertThat(harness.alarms().get(0).getEvidence())
        .containsExactlyInAnyOrderEntriesOf(Map.of("deviationKwh", 6.0, "deviatingHours", 3.0));
    assertThat(harness.alarms().get(0).getMessage())
        .isEqualTo(
            "Consumption 6.0 kWh above the meter's usual for these hours of the week, over 3"
                + " deviating hours");
    assertThat(harness.alarms().get(1).getEvidence())
        .containsExactlyInAnyOrderEntriesOf(Map.of("deviationKwh", 8.0, "deviatingHours", 4.0));
  }

  @Test
  void shouldStaySilentWhileTheSlotsWarmUp() throws Exception {
    int thirdMonday10 = 2 * WEEK + 10;
    harness.add(hours(0, 3 * WEEK, h -> h >= thirdMonday10 && h < thirdMonday10 + 12 ? 5.0 : 1.0));
    harness.watermark(hour(3 * WEEK));

    assertThat(harness.alarms()).isEmpty();
  }

  @Test
  void shouldRaiseOnConsumptionFarBelowTheBaselineToo() throws Exception {
    int first = FOURTH_MONDAY_10;
    harness.add(hours(0, first + 3, h -> h >= first ? 0.0 : 1.0));
    harness.watermark(hour(first + 3));

    assertThat(harness.steps())
        .containsExactly(step("RAISED", "BASELINE_DEVIATION", hour(first), hour(first + 3), null));
    assertThat(harness.alarms().get(0).getEvidence()).containsEntry("deviationKwh", -3.0);
  }

  @Test
  void shouldNeedConsecutiveMeasuredHours() throws Exception {
    int first = FOURTH_MONDAY_10;
    List<IntervalConsumption> hours = hours(0, first + 9, h -> h >= first ? 3.0 : 1.0);
    // The third deviating hour is interpolated across a gap: it breaks the run.
    hours.set(first + 2, interpolated(hours.get(first + 2)));
    harness.add(hours);
    harness.watermark(hour(first + 9));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "BASELINE_DEVIATION", hour(first + 3), hour(first + 6), null),
            step("UPDATED", "BASELINE_DEVIATION", hour(first + 3), hour(first + 7), null),
            step("UPDATED", "BASELINE_DEVIATION", hour(first + 3), hour(first + 8), null),
            step("UPDATED", "BASELINE_DEVIATION", hour(first + 3), hour(first + 9), null));
  }

  @Test
  void shouldNotLearnAnAnomalyAsTheNewNormal() throws Exception {
    int first = FOURTH_MONDAY_10;
    int nextWeek = first + WEEK;
    harness.add(
        hours(
            0,
            nextWeek + 3,
            h -> (h >= first && h < first + 3) || (h >= nextWeek && h < nextWeek + 3) ? 3.0 : 1.0));
    harness.watermark(hour(nextWeek + 3));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "BASELINE_DEVIATION", hour(first), hour(first + 3), null),
            step("CLEARED", "BASELINE_DEVIATION", hour(first), hour(first + 6), hour(first + 3)),
            step("RAISED", "BASELINE_DEVIATION", hour(nextWeek), hour(nextWeek + 3), null));
  }

  @Test
  void shouldForgetTheBaselineOfAMeterThatGoesQuiet() throws Exception {
    harness.add(hours(0, WEEK, h -> 1.0));
    harness.watermark(hour(WEEK).plus(Duration.ofDays(45)));

    assertThat(harness.alarms()).isEmpty();
    assertThat(harness.ruleStateEntries()).isZero();
    assertThat(harness.metersWithDevice())
        .containsExactly(RecordKeys.meter(ContractFixtures.TENANT, ContractFixtures.METER));
    assertThat(harness.timers()).isZero();
  }

  /** Measured hourly intervals from hour {@code from} (inclusive) to {@code to} (exclusive). */
  private static List<IntervalConsumption> hours(int from, int to, IntToDoubleFunction kwh) {
    List<IntervalConsumption> hours = new ArrayList<>();
    for (int h = from; h < to; h++) {
      hours.add(hourly(hour(h), kwh.applyAsDouble(h)));
    }
    return hours;
  }

  private static IntervalConsumption interpolated(IntervalConsumption hour) {
    return PowerFixtures.imported(hour.getIntervalStart(), HOUR, hour.getConsumption())
        .setQuality(IntervalQuality.INTERPOLATED)
        .build();
  }
}
