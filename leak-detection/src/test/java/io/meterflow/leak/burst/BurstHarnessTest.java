package io.meterflow.leak.burst;

import static io.meterflow.leak.testing.WaterFixtures.BURST_M3_PER_H;
import static io.meterflow.leak.testing.WaterFixtures.STANDSTILL;
import static io.meterflow.leak.testing.WaterFixtures.hour;
import static io.meterflow.leak.testing.WaterFixtures.hourly;
import static io.meterflow.leak.testing.WaterFixtures.quarterHourly;
import static io.meterflow.leak.testing.WaterFixtures.restated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.leak.testing.AlarmStep;
import io.meterflow.leak.testing.MeterHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BurstHarnessTest {

  private static final Instant TEN = hour(10);

  private static Instant minutesAfterTen(int minutes) {
    return TEN.plus(Duration.ofMinutes(minutes));
  }

  private static MeterHarness<IntervalConsumption> meter(Map<String, String> options, Double q3)
      throws Exception {
    return MeterHarness.flowRules(options)
        .device(ContractFixtures.waterMeter().setNominalFlowQ3(q3).build());
  }

  @Test
  void shouldRaiseABurstAfter30MinutesAboveTenPercentOfQ3() throws Exception {
    MeterHarness<IntervalConsumption> meter = meter(Map.of(), 2.5);
    meter.add(quarterHourly(TEN, BURST_M3_PER_H)).watermark(minutesAfterTen(15));
    assertThat(meter.alarms()).isEmpty();

    meter.add(quarterHourly(minutesAfterTen(15), BURST_M3_PER_H)).watermark(minutesAfterTen(30));

    assertThat(meter.alarms())
        .map(AlarmStep::of)
        .containsExactly(
            AlarmStep.raised(AlarmType.BURST, AlarmSeverity.CRITICAL, TEN, minutesAfterTen(30)));
    MeterAlarm raised = meter.alarms().get(0);
    assertThat(raised.getEvidence())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "estimatedLeakedVolumeM3", 0.5,
                "minimumFlowM3PerH", 1.0,
                "durationMinutes", 30.0));
    assertThat(raised.getParameters())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "thresholdM3PerH", "0.25",
                "thresholdBasis", "Q3=2.5",
                "q3Fraction", "0.1",
                "minDuration", "PT30M",
                "minIntervals", "2"));
    assertThat(raised.getMessage())
        .isEqualTo(
            "Burst: flow of at least 1000.0 L/h for 30 min (threshold 250.0 L/h), about 500 L"
                + " lost so far");
    meter.close();
  }

  @Test
  void shouldUpdateOnMaterialGrowthOnlyAndClearWhenTheFlowFalls() throws Exception {
    MeterHarness<IntervalConsumption> meter =
        meter(Map.of("leak.episode.min-relative-change", "0.3"), 2.5);
    meter
        .add(quarterHourly(TEN, 8, BURST_M3_PER_H))
        .add(quarterHourly(minutesAfterTen(120), 0.25))
        .watermark(minutesAfterTen(135));

    assertThat(meter.alarms())
        .extracting(
            MeterAlarm::getStatus,
            MeterAlarm::getSequence,
            MeterAlarm::getEventTime,
            a -> a.getEvidence().get("durationMinutes"),
            a -> a.getEvidence().get("estimatedLeakedVolumeM3"))
        .containsExactly(
            tuple(AlarmStatus.RAISED, 0, minutesAfterTen(30), 30.0, 0.5),
            tuple(AlarmStatus.UPDATED, 1, minutesAfterTen(45), 45.0, 0.75),
            tuple(AlarmStatus.UPDATED, 2, minutesAfterTen(60), 60.0, 1.0),
            // No step at 75 min (+25 %) nor at 105 min (+17 %).
            tuple(AlarmStatus.UPDATED, 3, minutesAfterTen(90), 90.0, 1.5),
            tuple(AlarmStatus.UPDATED, 4, minutesAfterTen(120), 120.0, 2.0),
            tuple(AlarmStatus.CLEARED, 5, minutesAfterTen(135), 120.0, 2.0));
    MeterAlarm cleared = meter.alarms().get(5);
    assertThat(cleared.getEndTime()).isEqualTo(minutesAfterTen(120));
    assertThat(cleared.getMessage())
        .isEqualTo("Burst over after 120 min: flow back at or below 250.0 L/h; about 2000 L lost");
    meter.close();
  }

  @Test
  void shouldNeedTwoHoursAboveTheDefaultThresholdOnAnHourlyMeterWithoutQ3() throws Exception {
    MeterHarness<IntervalConsumption> meter = meter(Map.of(), null);
    // One hour is garden watering as much as a burst; the second makes it sustained.
    meter
        .add(hourly(hour(6), 0.5))
        .add(hourly(hour(7), 0.25))
        .add(hourly(TEN, 2, 0.5))
        .add(hourly(hour(12), STANDSTILL))
        .watermark(hour(13));

    assertThat(meter.alarms())
        .extracting(
            MeterAlarm::getStatus,
            MeterAlarm::getStartTime,
            MeterAlarm::getEventTime,
            a -> a.getParameters().get("thresholdBasis"),
            a -> a.getEvidence().get("durationMinutes"))
        .containsExactly(
            tuple(AlarmStatus.RAISED, TEN, hour(12), "default", 120.0),
            tuple(AlarmStatus.CLEARED, TEN, hour(13), "default", 120.0));
    meter.close();
  }

  @Test
  void shouldPreferTheMetersQuarterHoursOverItsHours() throws Exception {
    MeterHarness<IntervalConsumption> meter = meter(Map.of(), 2.5);
    List<IntervalConsumption> quarters = new ArrayList<>(quarterHourly(TEN, 2, STANDSTILL));
    quarters.addAll(quarterHourly(minutesAfterTen(30), 2, BURST_M3_PER_H));
    quarters.addAll(quarterHourly(hour(11), 4, STANDSTILL));
    // The hours' means (0.5 m3/h) are above the threshold too: they must not open an episode.
    meter.add(hourly(TEN, 2, 0.5)).add(quarters).watermark(hour(12));

    assertThat(meter.alarms())
        .extracting(MeterAlarm::getStatus, MeterAlarm::getStartTime, MeterAlarm::getEventTime)
        .containsExactly(
            tuple(AlarmStatus.RAISED, minutesAfterTen(30), hour(11)),
            tuple(AlarmStatus.CLEARED, minutesAfterTen(30), minutesAfterTen(75)));
    meter.close();
  }

  @Test
  void shouldRequireObservedSustainedFlowAndNotClearOnEstimatedIntervals() throws Exception {
    MeterHarness<IntervalConsumption> meter = meter(Map.of(), 2.5);
    IntervalConsumption estimated =
        IntervalConsumption.newBuilder(quarterHourly(minutesAfterTen(15), BURST_M3_PER_H))
            .setQuality(IntervalQuality.ESTIMATED)
            .build();
    meter
        .add(quarterHourly(TEN, BURST_M3_PER_H))
        .add(estimated)
        .add(quarterHourly(minutesAfterTen(30), BURST_M3_PER_H))
        .watermark(minutesAfterTen(45));
    assertThat(meter.alarms()).isEmpty();

    IntervalConsumption estimatedStandstill =
        IntervalConsumption.newBuilder(quarterHourly(minutesAfterTen(60), STANDSTILL))
            .setQuality(IntervalQuality.ESTIMATED)
            .build();
    meter
        .add(quarterHourly(minutesAfterTen(45), BURST_M3_PER_H))
        .add(estimatedStandstill)
        .watermark(minutesAfterTen(75));

    assertThat(meter.alarms())
        .extracting(MeterAlarm::getStatus, MeterAlarm::getStartTime, MeterAlarm::getEventTime)
        .containsExactly(tuple(AlarmStatus.RAISED, minutesAfterTen(30), minutesAfterTen(60)));
    meter.close();
  }

  @Test
  void shouldDeriveTheThresholdFromTheMetersQ3() throws Exception {
    MeterHarness<IntervalConsumption> meter = meter(Map.of(), 10.0);
    meter
        .add(quarterHourly(TEN, 2, 1.0))
        .add(quarterHourly(minutesAfterTen(30), 2, 2.0))
        .watermark(hour(11));

    assertThat(meter.alarms())
        .extracting(
            MeterAlarm::getStartTime,
            a -> a.getParameters().get("thresholdM3PerH"),
            a -> a.getParameters().get("thresholdBasis"))
        .containsExactly(tuple(minutesAfterTen(30), "1", "Q3=10"));
    meter.close();
  }

  @Test
  void shouldStillUseTheMetersQ3WhenItReportsAgainAfterGoingQuiet() throws Exception {
    MeterHarness<IntervalConsumption> meter = meter(Map.of(), 10.0);
    meter.add(quarterHourly(TEN, STANDSTILL)).watermark(minutesAfterTen(15));
    Instant quiet = minutesAfterTen(15).plus(Duration.ofDays(7));
    meter.watermark(quiet);

    assertThat(meter.alarms()).isEmpty();
    assertThat(meter.ruleStateEntries()).isZero();
    assertThat(meter.timers()).isZero();
    assertThat(meter.metersWithDevice())
        .containsExactly(RecordKeys.meter(ContractFixtures.TENANT, ContractFixtures.METER));

    // Back a day later without a new DeviceInfo (the compacted topic does not send it again):
    // 0.5 m3/h is a burst by the default threshold (0.25 m3/h), not by the meter's Q3 (1 m3/h).
    Instant back = quiet.plus(Duration.ofDays(1));
    meter
        .add(quarterHourly(back, 2, 0.5))
        .add(quarterHourly(back.plus(Duration.ofMinutes(30)), 2, 2.0))
        .watermark(back.plus(Duration.ofHours(1)));

    assertThat(meter.alarms())
        .extracting(
            MeterAlarm::getStartTime,
            a -> a.getParameters().get("thresholdBasis"),
            MeterAlarm::getAreaId)
        .containsExactly(tuple(back.plus(Duration.ofMinutes(30)), "Q3=10", ContractFixtures.AREA));
    meter.close();
  }

  @Test
  void shouldCountAQuarterHourRestatedBeforeItIsDueOnce() throws Exception {
    MeterHarness<IntervalConsumption> meter = meter(Map.of(), 2.5);
    IntervalConsumption second = quarterHourly(minutesAfterTen(15), BURST_M3_PER_H);
    meter
        .add(quarterHourly(TEN, BURST_M3_PER_H))
        .add(second)
        .add(restated(second, 0.5, 2))
        .watermark(minutesAfterTen(30));

    assertThat(meter.alarms())
        .singleElement()
        .satisfies(
            raised ->
                assertThat(raised.getEvidence())
                    .containsEntry("estimatedLeakedVolumeM3", 0.75)
                    .containsEntry("minimumFlowM3PerH", 1.0));
    meter.close();
  }
}
