package io.meterflow.leak.nightflow;

import static io.meterflow.leak.testing.WaterFixtures.DRIP_M3_PER_H;
import static io.meterflow.leak.testing.WaterFixtures.STANDSTILL;
import static io.meterflow.leak.testing.WaterFixtures.hour;
import static io.meterflow.leak.testing.WaterFixtures.hourly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.leak.testing.AlarmStep;
import io.meterflow.leak.testing.MeterHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The meter is in Europe/Madrid: the night window 02:00-04:00 local is 01:00-03:00 UTC in winter
 * and 00:00-02:00 UTC in summer. Three flowing nights raise (a week by default), and the other flow
 * rules are off, so only nights matter.
 */
class NightFlowHarnessTest {

  private static final double NIGHTS_3 = 3 * 24 * DRIP_M3_PER_H;
  private static final Map<String, String> THREE_NIGHTS_ONLY =
      Map.of(
          "leak.night-flow.nights", "3",
          "leak.continuous-flow.enabled", "false",
          "leak.burst.enabled", "false");

  private MeterHarness<IntervalConsumption> meter;

  @BeforeEach
  void openMeter() throws Exception {
    meter = MeterHarness.flowRules(THREE_NIGHTS_ONLY).device(ContractFixtures.waterMeter().build());
  }

  @AfterEach
  void closeMeter() throws Exception {
    meter.close();
  }

  /** Hourly intervals from start to end: a drip in the given hours, standstill in the others. */
  private static List<IntervalConsumption> dripIn(Instant start, Instant end, Set<Instant> drips) {
    List<IntervalConsumption> hours = new ArrayList<>();
    for (Instant h = start; h.isBefore(end); h = h.plus(Duration.ofHours(1))) {
      hours.add(
          ContractFixtures.hourlyWater(h, drips.contains(h) ? DRIP_M3_PER_H : STANDSTILL).build());
    }
    return hours;
  }

  @Test
  void shouldRaiseNightFlowOnTheThirdFlowingNight() throws Exception {
    meter.add(hourly(hour(0), 51, DRIP_M3_PER_H)).watermark(hour(50));
    assertThat(meter.alarms()).isEmpty();

    meter.watermark(hour(51));

    assertThat(meter.alarms())
        .map(AlarmStep::of)
        .containsExactly(
            AlarmStep.raised(AlarmType.NIGHT_FLOW, AlarmSeverity.MINOR, hour(1), hour(51)));
    MeterAlarm raised = meter.alarms().get(0);
    assertThat(raised.getEvidence())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "estimatedLeakedVolumeM3", NIGHTS_3,
                "minimumFlowM3PerH", DRIP_M3_PER_H,
                "flowingNights", 3.0));
    assertThat(raised.getParameters())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("thresholdM3PerH", "0.001", "nights", "3", "window", "02:00-04:00"));
    assertThat(raised.getMessage())
        .isEqualTo(
            "Night flow of at least 7.8 L/h on 3 consecutive nights (02:00-04:00), about 563 L"
                + " lost so far");
  }

  @Test
  void shouldUpdateOnFurtherNightsAndClearOnAQuietNightHour() throws Exception {
    List<IntervalConsumption> hours = new ArrayList<>(hourly(hour(0), 5 * 24 + 3, DRIP_M3_PER_H));
    hours.add(hourly(hour(5 * 24 + 1), STANDSTILL));
    hours.remove(5 * 24 + 1);
    meter.add(hours).watermark(hour(5 * 24 + 3));

    assertThat(meter.alarms())
        .extracting(
            MeterAlarm::getStatus,
            MeterAlarm::getEventTime,
            MeterAlarm::getEndTime,
            a -> a.getEvidence().get("flowingNights"),
            a -> a.getEvidence().get("estimatedLeakedVolumeM3"))
        .containsExactly(
            tuple(AlarmStatus.RAISED, hour(51), null, 3.0, NIGHTS_3),
            tuple(AlarmStatus.UPDATED, hour(75), null, 4.0, 4 * 24 * DRIP_M3_PER_H),
            tuple(AlarmStatus.UPDATED, hour(99), null, 5.0, 5 * 24 * DRIP_M3_PER_H),
            tuple(AlarmStatus.CLEARED, hour(122), hour(121), 5.0, 5 * 24 * DRIP_M3_PER_H));
  }

  @Test
  void shouldSkipANightWithAnEstimatedHourWithoutBreakingTheRun() throws Exception {
    List<IntervalConsumption> hours = new ArrayList<>(hourly(hour(0), 4 * 24, DRIP_M3_PER_H));
    // Night two: its first hour is estimated (it could have been quiet).
    hours.set(
        25,
        IntervalConsumption.newBuilder(hours.get(25))
            .setQuality(IntervalQuality.ESTIMATED)
            .build());
    meter.add(hours).watermark(hour(4 * 24));

    assertThat(meter.alarms())
        .map(AlarmStep::of)
        .containsExactly(
            AlarmStep.raised(AlarmType.NIGHT_FLOW, AlarmSeverity.MINOR, hour(1), hour(75)));
    assertThat(meter.alarms().get(0).getEvidence()).containsEntry("flowingNights", 3.0);
  }

  @Test
  void shouldJudgeTheOneHourNightOfTheSpringForward() throws Exception {
    // 31 March 2024 in Madrid: 02:00 CET jumps to 03:00 CEST at 01:00 UTC, so the night is
    // 03:00-04:00 CEST = 01:00-02:00 UTC. The hour after it (04:00-05:00 CEST) is at standstill:
    // a fixed one-hour offset would see a quiet night.
    Set<Instant> drips = dailyHours("2024-03-29", 2, 1, 2);
    drips.add(utc("2024-03-31T01"));
    meter
        .add(dripIn(utc("2024-03-29T00"), utc("2024-03-31T03"), drips))
        .watermark(utc("2024-03-31T03"));

    assertThat(meter.alarms())
        .map(AlarmStep::of)
        .containsExactly(
            AlarmStep.raised(
                AlarmType.NIGHT_FLOW,
                AlarmSeverity.MINOR,
                utc("2024-03-29T01"),
                utc("2024-03-31T02")));
  }

  @Test
  void shouldIncludeTheRepeatedHourOfTheAutumnNight() throws Exception {
    // 27 October 2024 in Madrid: 03:00 CEST falls back to 02:00 CET at 01:00 UTC, so the night
    // runs from the first 02:00 (00:00 UTC) to 04:00 CET (03:00 UTC): three hours. Its second
    // hour, the repeated 02:00-03:00, is at standstill: the night is quiet and clears the alarm.
    Set<Instant> drips = dailyHours("2024-10-24", 3, 0, 1);
    drips.addAll(dailyHours("2024-10-27", 1, 0, 2));
    meter
        .add(dripIn(utc("2024-10-24T00"), utc("2024-10-27T04"), drips))
        .watermark(utc("2024-10-27T04"));

    assertThat(meter.alarms())
        .extracting(MeterAlarm::getStatus, MeterAlarm::getEventTime, MeterAlarm::getEndTime)
        .containsExactly(
            tuple(AlarmStatus.RAISED, utc("2024-10-26T02"), null),
            tuple(AlarmStatus.CLEARED, utc("2024-10-27T02"), utc("2024-10-27T01")));
  }

  @Test
  void shouldNeedAllThreeHoursOfTheAutumnNightToCallItFlowing() throws Exception {
    Set<Instant> drips = dailyHours("2024-10-25", 2, 0, 1);
    drips.addAll(dailyHours("2024-10-27", 1, 0, 1, 2));
    meter
        .add(dripIn(utc("2024-10-25T00"), utc("2024-10-27T04"), drips))
        .watermark(utc("2024-10-27T02"));
    assertThat(meter.alarms()).isEmpty();

    meter.watermark(utc("2024-10-27T04"));

    assertThat(meter.alarms())
        .extracting(
            MeterAlarm::getStatus,
            MeterAlarm::getStartTime,
            MeterAlarm::getEventTime,
            a -> a.getEvidence().get("estimatedLeakedVolumeM3"))
        .containsExactly(
            tuple(AlarmStatus.RAISED, utc("2024-10-25T00"), utc("2024-10-27T03"), NIGHTS_3));
  }

  @Test
  void shouldUseTheTenantZoneForAMeterWithoutOne() throws Exception {
    MeterHarness<IntervalConsumption> utcMeter =
        MeterHarness.flowRules(THREE_NIGHTS_ONLY)
            .device(ContractFixtures.waterMeter().setTimezone(null).build());
    utcMeter.add(dripIn(hour(0), hour(52), dailyHours("2024-01-15", 3, 2, 3))).watermark(hour(52));

    assertThat(utcMeter.alarms())
        .extracting(MeterAlarm::getStatus, MeterAlarm::getStartTime, MeterAlarm::getEventTime)
        .containsExactly(tuple(AlarmStatus.RAISED, hour(2), hour(52)));
    utcMeter.close();
  }

  /** An hour in UTC: "2024-10-27T02" is 02:00 UTC. */
  private static Instant utc(String dateAndHour) {
    return Instant.parse(dateAndHour + ":00:00Z");
  }

  /** The given UTC hours of each of a number of days from the first. */
  private static Set<Instant> dailyHours(String firstDay, int days, int... utcHours) {
    Set<Instant> hours = new HashSet<>();
    Instant midnight = Instant.parse(firstDay + "T00:00:00Z");
    for (int day = 0; day < days; day++) {
      for (int utcHour : utcHours) {
        hours.add(midnight.plus(Duration.ofDays(day)).plus(Duration.ofHours(utcHour)));
      }
    }
    return hours;
  }
}
