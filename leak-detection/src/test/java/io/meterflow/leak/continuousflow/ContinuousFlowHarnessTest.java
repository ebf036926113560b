package io.meterflow.leak.continuousflow;

import static io.meterflow.contracts.testing.ContractFixtures.METER;
import static io.meterflow.contracts.testing.ContractFixtures.TENANT;
import static io.meterflow.leak.testing.WaterFixtures.STANDSTILL;
import static io.meterflow.leak.testing.WaterFixtures.TOILET_M3_PER_H;
import static io.meterflow.leak.testing.WaterFixtures.hour;
import static io.meterflow.leak.testing.WaterFixtures.hourly;
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
import io.meterflow.contracts.ids.StableIds;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.leak.testing.MeterHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContinuousFlowHarnessTest {

  private static final double HOUR_24 = 24 * TOILET_M3_PER_H;
  private MeterHarness<IntervalConsumption> meter;

  @BeforeEach
  void openMeter() throws Exception {
    meter = MeterHarness.flowRules(Map.of()).device(ContractFixtures.waterMeter().build());
  }

  @AfterEach
  void closeMeter() throws Exception {
    meter.close();
  }

  /** An hour at standstill, then hours of a running toilet from hour 1 on. */
  private MeterHarness<IntervalConsumption> standstillThenFlow(int flowingHours) throws Exception {
    return meter
        .add(hourly(hour(0), STANDSTILL))
        .add(hourly(hour(1), flowingHours, TOILET_M3_PER_H));
  }

  @Test
  void shouldNotRaiseAfter23HoursOfFlow() throws Exception {
    standstillThenFlow(23).watermark(hour(24));

    assertThat(meter.alarms()).isEmpty();
  }

  @Test
  void shouldRaiseContinuousFlowAfter24Hours() throws Exception {
    standstillThenFlow(24).watermark(hour(25));

    assertThat(meter.alarms())
        .extracting(
            MeterAlarm::getAlarmId,
            MeterAlarm::getType,
            MeterAlarm::getStatus,
            MeterAlarm::getSequence,
            MeterAlarm::getSeverity,
            MeterAlarm::getStartTime,
            MeterAlarm::getEventTime,
            MeterAlarm::getAreaId)
        .containsExactly(
            tuple(
                StableIds.alarmId(TENANT, "meter:" + METER, AlarmType.CONTINUOUS_FLOW, hour(1)),
                AlarmType.CONTINUOUS_FLOW,
                AlarmStatus.RAISED,
                0,
                AlarmSeverity.MINOR,
                hour(1),
                hour(25),
                ContractFixtures.AREA));
    MeterAlarm raised = meter.alarms().get(0);
    assertThat(raised.getEvidence())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "estimatedLeakedVolumeM3", HOUR_24,
                "minimumFlowM3PerH", TOILET_M3_PER_H,
                "hoursWithoutStandstill", 24.0));
    assertThat(raised.getParameters())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "standstillThresholdM3", "0.0005",
                "minLeakFlowM3PerH", "0.005",
                "windowHours", "24",
                "maxUnknownHours", "6"));
    assertThat(raised.getMessage())
        .isEqualTo(
            "Continuous flow for 24 h without an hour at standstill: at least 15.6 L/h, about"
                + " 375 L lost so far");
  }

  @Test
  void shouldEstimateTheLeakFromTheBaseFlowNotTheTotalConsumption() throws Exception {
    List<IntervalConsumption> day = new ArrayList<>(hourly(hour(1), 24, TOILET_M3_PER_H));
    // A shower and a washing machine on top of the leak.
    day.set(7, hourly(hour(8), TOILET_M3_PER_H + 0.0625));
    day.set(19, hourly(hour(20), TOILET_M3_PER_H + 0.125));
    meter.add(hourly(hour(0), STANDSTILL)).add(day).watermark(hour(25));

    assertThat(meter.alarms())
        .singleElement()
        .satisfies(
            raised ->
                assertThat(raised.getEvidence())
                    .containsEntry("estimatedLeakedVolumeM3", HOUR_24)
                    .containsEntry("minimumFlowM3PerH", TOILET_M3_PER_H));
  }

  @Test
  void shouldUpdateOnlyWhenTheEvidenceGrowsMaterially() throws Exception {
    // Hours 25 to 35: the evidence grows by a fifth at 29 h and again at 35 h, not in between.
    standstillThenFlow(35).watermark(hour(36));

    assertThat(meter.alarms())
        .extracting(
            MeterAlarm::getStatus,
            MeterAlarm::getSequence,
            MeterAlarm::getEventTime,
            a -> a.getEvidence().get("hoursWithoutStandstill"),
            a -> a.getEvidence().get("estimatedLeakedVolumeM3"))
        .containsExactly(
            tuple(AlarmStatus.RAISED, 0, hour(25), 24.0, HOUR_24),
            tuple(AlarmStatus.UPDATED, 1, hour(30), 29.0, 29 * TOILET_M3_PER_H),
            tuple(AlarmStatus.UPDATED, 2, hour(36), 35.0, 35 * TOILET_M3_PER_H));
    assertThat(meter.alarms()).extracting(MeterAlarm::getAlarmId).containsOnly(alarmId());
  }

  @Test
  void shouldClearAfterAnHourAtStandstill() throws Exception {
    standstillThenFlow(30).add(hourly(hour(31), STANDSTILL)).watermark(hour(32));

    assertThat(meter.alarms())
        .extracting(MeterAlarm::getStatus, MeterAlarm::getSequence)
        .containsExactly(
            tuple(AlarmStatus.RAISED, 0),
            tuple(AlarmStatus.UPDATED, 1),
            tuple(AlarmStatus.CLEARED, 2));
    MeterAlarm cleared = meter.alarms().get(2);
    assertThat(cleared.getAlarmId()).isEqualTo(alarmId());
    assertThat(cleared.getStartTime()).isEqualTo(hour(1));
    assertThat(cleared.getEndTime()).isEqualTo(hour(31));
    assertThat(cleared.getEventTime()).isEqualTo(hour(32));
    assertThat(cleared.getSeverity()).isEqualTo(AlarmSeverity.MINOR);
    assertThat(cleared.getEvidence())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "estimatedLeakedVolumeM3",
                30 * TOILET_M3_PER_H,
                "minimumFlowM3PerH",
                TOILET_M3_PER_H,
                "hoursWithoutStandstill",
                30.0));
    assertThat(cleared.getMessage())
        .isEqualTo("Continuous flow ended after 30 h: an hour at standstill; about 469 L lost");
  }

  @Test
  void shouldRaiseAgainOnlyAfterAnother24HoursOfFlow() throws Exception {
    standstillThenFlow(24)
        .add(hourly(hour(25), STANDSTILL))
        .add(hourly(hour(26), 23, TOILET_M3_PER_H))
        .watermark(hour(49));
    meter.add(hourly(hour(49), TOILET_M3_PER_H)).watermark(hour(50));

    assertThat(meter.alarms())
        .extracting(MeterAlarm::getStatus, MeterAlarm::getStartTime, MeterAlarm::getEventTime)
        .containsExactly(
            tuple(AlarmStatus.RAISED, hour(1), hour(25)),
            tuple(AlarmStatus.CLEARED, hour(1), hour(26)),
            tuple(AlarmStatus.RAISED, hour(26), hour(50)));
  }

  @Test
  void shouldCountOnlyMeasuredHoursAndNotBeClearedByEstimatedOnes() throws Exception {
    // Estimated hours spread a gap evenly; here they show zero, which would look like standstill.
    meter
        .add(hourly(hour(0), STANDSTILL))
        .add(hourly(hour(1), 20, TOILET_M3_PER_H))
        .add(hourly(hour(21), 4, STANDSTILL, IntervalQuality.ESTIMATED))
        .add(hourly(hour(25), 3, TOILET_M3_PER_H))
        .watermark(hour(28));
    assertThat(meter.alarms()).isEmpty();

    meter
        .add(hourly(hour(28), TOILET_M3_PER_H))
        .add(hourly(hour(29), 3, STANDSTILL, IntervalQuality.INTERPOLATED))
        .add(hourly(hour(32), TOILET_M3_PER_H))
        .watermark(hour(33));

    assertThat(meter.alarms())
        .extracting(
            MeterAlarm::getStatus,
            MeterAlarm::getStartTime,
            MeterAlarm::getEventTime,
            a -> a.getEvidence().get("hoursWithoutStandstill"),
            a -> a.getEvidence().get("estimatedLeakedVolumeM3"))
        .containsExactly(tuple(AlarmStatus.RAISED, hour(1), hour(29), 28.0, 28 * TOILET_M3_PER_H));
  }

  @Test
  void shouldNotBridgeMoreUnknownHoursThanAllowed() throws Exception {
    meter
        .add(hourly(hour(0), STANDSTILL))
        .add(hourly(hour(1), 10, TOILET_M3_PER_H))
        .add(hourly(hour(11), 7, TOILET_M3_PER_H, IntervalQuality.ESTIMATED))
        .add(hourly(hour(18), 23, TOILET_M3_PER_H))
        .watermark(hour(41));
    assertThat(meter.alarms()).isEmpty();

    meter.add(hourly(hour(41), TOILET_M3_PER_H)).watermark(hour(42));

    assertThat(meter.alarms())
        .extracting(MeterAlarm::getStatus, MeterAlarm::getStartTime, MeterAlarm::getEventTime)
        .containsExactly(tuple(AlarmStatus.RAISED, hour(18), hour(42)));
  }

  @Test
  void shouldTakeTheHighestVersionOfAnHourRestatedBeforeItIsDue() throws Exception {
    IntervalConsumption firstStatement = hourly(hour(12), STANDSTILL);
    List<IntervalConsumption> day = new ArrayList<>(hourly(hour(1), 24, TOILET_M3_PER_H));
    day.remove(11);
    meter
        .add(hourly(hour(0), STANDSTILL))
        .add(day)
        .add(restated(firstStatement, TOILET_M3_PER_H, 2))
        // A stale duplicate of the first statement arriving last changes nothing.
        .add(firstStatement)
        .watermark(hour(25));

    assertThat(meter.alarms())
        .extracting(MeterAlarm::getStatus, MeterAlarm::getStartTime, MeterAlarm::getEventTime)
        .containsExactly(tuple(AlarmStatus.RAISED, hour(1), hour(25)));
  }

  @Test
  void shouldJudgeLaterHoursOnALateRestatementWithoutRevisingWhatWasSent() throws Exception {
    IntervalConsumption standstill = hourly(hour(12), STANDSTILL);
    meter
        .add(hourly(hour(0), STANDSTILL))
        .add(hourly(hour(1), 11, TOILET_M3_PER_H))
        .add(standstill)
        .add(hourly(hour(13), 12, TOILET_M3_PER_H))
        .watermark(hour(25));
    assertThat(meter.alarms()).isEmpty();

    // The meter's reading at hour 12 was corrected: the hour was not at standstill after all.
    meter.add(restated(standstill, TOILET_M3_PER_H, 2)).watermark(hour(25).plusMillis(1));
    assertThat(meter.alarms()).isEmpty();
    meter.add(hourly(hour(25), TOILET_M3_PER_H)).watermark(hour(26));

    assertThat(meter.alarms())
        .extracting(MeterAlarm::getStatus, MeterAlarm::getStartTime, MeterAlarm::getEventTime)
        .containsExactly(tuple(AlarmStatus.RAISED, hour(2), hour(26)));
  }

  @Test
  void shouldClearWithNoDataAndDropRuleStateButKeepTheDeviceWhenTheMeterGoesQuiet()
      throws Exception {
    standstillThenFlow(24).watermark(hour(25));
    Duration horizon = Duration.ofDays(7);

    meter.watermark(hour(25).plus(horizon).minusMillis(1));
    assertThat(meter.alarms()).hasSize(1);
    assertThat(meter.stateEntries()).isPositive();

    meter.watermark(hour(25).plus(horizon));

    assertThat(meter.alarms())
        .extracting(
            MeterAlarm::getStatus,
            MeterAlarm::getSequence,
            MeterAlarm::getEndTime,
            MeterAlarm::getEventTime,
            MeterAlarm::getMessage)
        .containsExactly(
            tuple(AlarmStatus.RAISED, 0, null, hour(25), meter.alarms().get(0).getMessage()),
            tuple(
                AlarmStatus.CLEARED,
                1,
                hour(25),
                hour(25).plus(horizon),
                "No data from the meter for 7 d: alarm closed without evidence that the"
                    + " condition ended"));
    assertThat(meter.alarms().get(1).getEvidence()).isEqualTo(meter.alarms().get(0).getEvidence());
    assertThat(meter.ruleStateEntries()).isZero();
    assertThat(meter.metersWithDevice())
        .containsExactly(RecordKeys.meter(ContractFixtures.TENANT, ContractFixtures.METER));
    assertThat(meter.timers()).isZero();
  }

  @Test
  void shouldDropOpenEpisodesSilentlyAtTheEndOfABoundedInput() throws Exception {
    standstillThenFlow(24).endOfInput();

    assertThat(meter.alarms())
        .extracting(MeterAlarm::getStatus)
        .containsExactly(AlarmStatus.RAISED);
    assertThat(meter.ruleStateEntries()).isZero();
    assertThat(meter.metersWithDevice())
        .containsExactly(RecordKeys.meter(ContractFixtures.TENANT, ContractFixtures.METER));
    assertThat(meter.timers()).isZero();
  }

  @Test
  void shouldApplyATenantsOwnStandstillThreshold() throws Exception {
    MeterHarness<IntervalConsumption> lenient =
        MeterHarness.flowRules(
            Map.of("leak.tenant." + TENANT + ".continuous-flow.standstill-threshold-m3", "0.02"));
    lenient
        .add(hourly(hour(0), STANDSTILL))
        .add(hourly(hour(1), 30, TOILET_M3_PER_H))
        .watermark(hour(31));

    assertThat(lenient.alarms()).isEmpty();
    lenient.close();
  }

  private static String alarmId() {
    return StableIds.alarmId(TENANT, "meter:" + METER, AlarmType.CONTINUOUS_FLOW, hour(1));
  }
}
