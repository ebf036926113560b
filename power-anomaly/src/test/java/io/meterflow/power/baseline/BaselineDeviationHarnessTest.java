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
import io.meterflow.power.testing.HouseholdProfile;
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
 * BASELINE_DEVIATION with the defaults (3 warm-up weeks, 3 warm-up days, 4 usual deviations and 0.3
 * kWh, 3 consecutive hours), on a meter that uses 1 kWh every hour (its usual deviation is the 10 %
 * floor, 0.1 kWh, so 3 kWh deviates), or on a {@link HouseholdProfile} with the simulator's
 * injected deviation: 3.5 kW more for 6 hours.
 */
class BaselineDeviationHarnessTest {

  private static final int WEEK = 168;

  /** Monday 10:00 UTC of the fourth week, the first week its hour-of-week slots judge. */
  private static final int FOURTH_MONDAY_10 = 3 * WEEK + 10;

  /** The simulator's BASELINE_DEVIATION: 3.5 kW more for 6 hours (jobs' FaultPlan). */
  private static final double EXTRA_KWH = 3.5;

  private static final int DEVIATION_HOURS = 6;

  /** Thursday 00:00 in the meter's local time (23:00 UTC): a meter that starts late in the week. */
  private static final int THURSDAY = 3 * 24 - 1;

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
            "Consumption 6.0 kWh above the meter's usual for these hours, over 3 deviating hours");
    assertThat(harness.alarms().get(0).getParameters()).containsEntry("baseline", "hour-of-week");
    assertThat(harness.alarms().get(1).getEvidence())
        .containsExactlyInAnyOrderEntriesOf(Map.of("deviationKwh", 8.0, "deviatingHours", 4.0));
  }

  @Test
  void shouldStaySilentUntilTheWeeksAreWarmWithoutTheHourOfDayFallback() throws Exception {
    harness.close();
    harness = MeterHarness.consumption(Map.of("power.baseline.warm-up-days", "0")).device(meter());
    int thirdMonday10 = 2 * WEEK + 10;
    harness.add(hours(0, 3 * WEEK, h -> h >= thirdMonday10 && h < thirdMonday10 + 12 ? 5.0 : 1.0));
    harness.watermark(hour(3 * WEEK));

    assertThat(harness.alarms()).isEmpty();
  }

  @Test
  void shouldRaiseOnTheFourthDayByTheHourOfDayAndClearAfterTheDeviationEnds() throws Exception {
    // Thursday 15:00 local, the fourth day: Monday to Wednesday warmed the weekday hours.
    int first = 3 * 24 + 14;
    int last = first + DEVIATION_HOURS;
    harness.add(HouseholdProfile.hours(0, last + 3, h -> h >= first && h < last ? EXTRA_KWH : 0));
    harness.watermark(hour(last + 3));

    assertThat(harness.steps()).containsExactlyElementsOf(sixDeviatingHours(first));
    // Thursdays lie SCATTER below the profile, which the three days before average to exactly.
    double perHour = EXTRA_KWH - HouseholdProfile.SCATTER;
    assertThat(harness.alarms().get(0).getEvidence())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("deviationKwh", 3 * perHour, "deviatingHours", 3.0));
    assertThat(harness.alarms().get(3).getEvidence())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("deviationKwh", 6 * perHour, "deviatingHours", 6.0));
    assertThat(harness.alarms().get(0).getParameters())
        .containsEntry("baseline", "hour-of-day")
        .containsEntry("warmUpDays", "3");

    harness.watermark(hour(last + 3).plus(Duration.ofDays(45)));

    assertThat(harness.ruleStateEntries()).isZero();
    assertThat(harness.timers()).isZero();
  }

  @Test
  void shouldRaiseOnTheFifthDayOfAMeterThatStartedOnThursday() throws Exception {
    // As the demo places it: Monday 15:00 local, after two weekdays and a weekend.
    int first = 7 * 24 + 14;
    int last = first + DEVIATION_HOURS;
    harness.add(
        HouseholdProfile.hours(THURSDAY, last + 3, h -> h >= first && h < last ? EXTRA_KWH : 0));
    harness.watermark(hour(last + 3));

    assertThat(harness.steps()).containsExactlyElementsOf(sixDeviatingHours(first));
    // Each hour against the middle of its weekday level (Thursday and Friday average to the
    // profile) and its weekend level (Saturday on the profile, Sunday SCATTER below).
    assertThat(harness.alarms().get(0).getEvidence())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("deviationKwh", 10.390625, "deviatingHours", 3.0));
    assertThat(harness.alarms().get(3).getEvidence())
        .containsExactlyInAnyOrderEntriesOf(Map.of("deviationKwh", 21.125, "deviatingHours", 6.0));
    assertThat(harness.alarms().get(0).getParameters())
        .containsEntry("baseline", "hour-of-day-all-days");
  }

  @Test
  void shouldStayQuietOnFiveDaysOfCleanWeekdayAndWeekendLoad() throws Exception {
    harness.add(HouseholdProfile.hours(THURSDAY, THURSDAY + 5 * 24, h -> 0));
    harness.watermark(hour(THURSDAY + 5 * 24));

    assertThat(harness.alarms()).isEmpty();
  }

  @Test
  void shouldStayQuietOnTheFirstWeekendAfterAWeekOfWeekdays() throws Exception {
    harness.add(HouseholdProfile.hours(0, 8 * 24, h -> 0));
    harness.watermark(hour(8 * 24));

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

  /**
   * The steps of the simulator's deviation from hour {@code first}: raised after 3 hours, updated
   * as each further hour adds at least a fifth to the evidence, cleared after 3 normal hours.
   */
  private static List<String> sixDeviatingHours(int first) {
    int last = first + DEVIATION_HOURS;
    return List.of(
        step("RAISED", "BASELINE_DEVIATION", hour(first), hour(first + 3), null),
        step("UPDATED", "BASELINE_DEVIATION", hour(first), hour(first + 4), null),
        step("UPDATED", "BASELINE_DEVIATION", hour(first), hour(first + 5), null),
        step("UPDATED", "BASELINE_DEVIATION", hour(first), hour(last), null),
        step("CLEARED", "BASELINE_DEVIATION", hour(first), hour(last + 3), hour(last)));
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
