package io.meterflow.power.implausible;

import static io.meterflow.power.testing.PowerFixtures.hourly;
import static io.meterflow.power.testing.PowerFixtures.meter;
import static io.meterflow.power.testing.PowerFixtures.minute;
import static io.meterflow.power.testing.PowerFixtures.quarter;
import static io.meterflow.power.testing.PowerFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.power.testing.MeterHarness;
import io.meterflow.power.testing.PowerFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IMPLAUSIBLE_CONSUMPTION on a three-phase 25 A meter at 230 V: 17.25 kW, so a quarter hour may
 * hold 4.3125 kWh, plus the 25 % margin: 5.390625 kWh.
 */
class ImplausibleConsumptionHarnessTest {

  private static final double ALLOWED_PER_QUARTER = 5.390625;

  private MeterHarness<IntervalConsumption> harness;

  @BeforeEach
  void openHarness() throws Exception {
    harness = MeterHarness.consumption(Map.of());
  }

  @AfterEach
  void closeHarness() throws Exception {
    harness.close();
  }

  @Test
  void shouldRaiseOnAQuarterAboveTheFuseAndClearOnTheNextPlausibleOne() throws Exception {
    harness
        .device(meter())
        .add(
            quarter(minute(0), 1.0),
            quarter(minute(15), 6.0),
            quarter(minute(30), 7.0),
            quarter(minute(45), 1.0))
        .watermark(minute(60));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "IMPLAUSIBLE_CONSUMPTION", minute(15), minute(30), null),
            step("CLEARED", "IMPLAUSIBLE_CONSUMPTION", minute(15), minute(60), minute(45)));
    MeterAlarm raised = harness.alarms().get(0);
    assertThat(raised.getSeverity()).isEqualTo(AlarmSeverity.MAJOR);
    assertThat(raised.getAreaId()).isEqualTo(ContractFixtures.AREA);
    assertThat(raised.getEvidence())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("consumptionKwh", 6.0, "allowedKwh", ALLOWED_PER_QUARTER));
    assertThat(raised.getParameters()).containsExactlyEntriesOf(Map.of("margin", "0.25"));
  }

  @Test
  void shouldUpdateOnlyWhenTheConsumptionGrowsMaterially() throws Exception {
    harness
        .device(meter())
        .add(
            quarter(minute(0), 6.0),
            quarter(minute(15), 6.5),
            quarter(minute(30), 9.0),
            quarter(minute(45), 9.0))
        .watermark(minute(60));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "IMPLAUSIBLE_CONSUMPTION", minute(0), minute(15), null),
            step("UPDATED", "IMPLAUSIBLE_CONSUMPTION", minute(0), minute(45), null));
    assertThat(harness.alarms().get(1).getEvidence()).containsEntry("consumptionKwh", 9.0);
  }

  @Test
  void shouldStaySilentWhileTheFuseRatingIsUnknown() throws Exception {
    harness.add(quarter(minute(0), 50.0)).watermark(minute(15));
    harness
        .device(ContractFixtures.electricityMeter().setMainFuseAmps(null).build())
        .add(quarter(minute(15), 50.0))
        .watermark(minute(30));

    assertThat(harness.alarms()).isEmpty();
  }

  @Test
  void shouldJudgeOnlyTheFinestResolutionSoThatOneSpikeIsOneEpisode() throws Exception {
    harness
        .device(meter())
        .add(
            quarter(minute(0), 6.0),
            quarter(minute(15), 6.0),
            quarter(minute(30), 6.0),
            quarter(minute(45), 6.0),
            hourly(minute(0), 24.0),
            quarter(minute(60), 1.0),
            quarter(minute(75), 6.0),
            hourly(minute(60), 25.0))
        .watermark(minute(120));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "IMPLAUSIBLE_CONSUMPTION", minute(0), minute(15), null),
            step("CLEARED", "IMPLAUSIBLE_CONSUMPTION", minute(0), minute(75), minute(60)),
            step("RAISED", "IMPLAUSIBLE_CONSUMPTION", minute(75), minute(90), null));
  }

  @Test
  void shouldTakeTheHighestVersionOfAnIntervalOnceAndIgnoreLaterRestatements() throws Exception {
    harness
        .device(meter())
        .add(quarter(minute(0), 1.0))
        .watermark(minute(15))
        .add(PowerFixtures.imported(minute(0), Duration.ofMinutes(15), 10.0).setVersion(2).build())
        .add(
            quarter(minute(15), 1.0),
            PowerFixtures.imported(minute(15), Duration.ofMinutes(15), 8.0).setVersion(2).build())
        .watermark(minute(30));

    assertThat(harness.steps())
        .containsExactly(step("RAISED", "IMPLAUSIBLE_CONSUMPTION", minute(15), minute(30), null));
    assertThat(harness.alarms().get(0).getEvidence()).containsEntry("consumptionKwh", 8.0);
  }

  @Test
  void shouldCountRestatementsAndLateIntervalsApart() throws Exception {
    harness
        .device(meter())
        .add(quarter(minute(0), 1.0), quarter(minute(15), 1.0))
        .watermark(minute(30))
        .add(
            // A duplicate and a restatement of the latest quarter, and one ending before it.
            quarter(minute(15), 1.0),
            PowerFixtures.imported(minute(15), PowerFixtures.QUARTER, 2.0).setVersion(2).build(),
            PowerFixtures.imported(minute(0), PowerFixtures.QUARTER, 2.0).setVersion(2).build(),
            quarter(minute(30), 1.0))
        .watermark(minute(45));

    // intervalsIn = intervalsProcessed + intervalsRestated + intervalsLate
    assertThat(harness.counter("intervalsIn")).isEqualTo(6);
    assertThat(harness.counter("intervalsProcessed")).isEqualTo(3);
    assertThat(harness.counter("intervalsRestated")).isEqualTo(2);
    assertThat(harness.counter("intervalsLate")).isEqualTo(1);
    assertThat(harness.alarms()).isEmpty();
  }

  @Test
  void shouldCloseTheEpisodeAndForgetTheRuleStateWhenItGoesQuiet() throws Exception {
    Instant quiet = minute(15).plus(Duration.ofDays(45));
    harness.device(meter()).add(quarter(minute(0), 9.0)).watermark(quiet.minusMillis(1));
    assertThat(harness.alarms()).hasSize(1);

    harness.watermark(quiet);

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "IMPLAUSIBLE_CONSUMPTION", minute(0), minute(15), null),
            step("CLEARED", "IMPLAUSIBLE_CONSUMPTION", minute(0), quiet, minute(15)));
    assertThat(harness.alarms().get(1).getMessage())
        .isEqualTo("No data for 45 d: alarm closed without evidence that the condition ended");
    assertThat(harness.ruleStateEntries()).isZero();
    assertThat(harness.metersWithDevice())
        .containsExactly(RecordKeys.meter(ContractFixtures.TENANT, ContractFixtures.METER));
    assertThat(harness.timers()).isZero();
  }

  @Test
  void shouldStillKnowTheFuseWhenTheMeterReportsAgainAfterGoingQuiet() throws Exception {
    Instant quiet = minute(15).plus(Duration.ofDays(45));
    harness.device(meter()).add(quarter(minute(0), 1.0)).watermark(quiet);

    assertThat(harness.alarms()).isEmpty();
    assertThat(harness.ruleStateEntries()).isZero();
    assertThat(harness.timers()).isZero();
    assertThat(harness.metersWithDevice())
        .containsExactly(RecordKeys.meter(ContractFixtures.TENANT, ContractFixtures.METER));

    // Back a day later without a new DeviceInfo (the compacted topic does not send it again):
    // without its fuse rating the rule could judge nothing.
    Instant back = quiet.plus(Duration.ofDays(1));
    Instant quarterLater = back.plus(Duration.ofMinutes(15));
    harness
        .add(quarter(back, 9.0), quarter(quarterLater, 1.0))
        .watermark(back.plus(Duration.ofMinutes(30)));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "IMPLAUSIBLE_CONSUMPTION", back, quarterLater, null),
            step(
                "CLEARED",
                "IMPLAUSIBLE_CONSUMPTION",
                back,
                back.plus(Duration.ofMinutes(30)),
                quarterLater));
    assertThat(harness.alarms().get(0).getAreaId()).isEqualTo(ContractFixtures.AREA);
  }

  @Test
  void shouldLeaveNoRuleStateOrTimersBehindAtTheEndOfABoundedInput() throws Exception {
    harness.device(meter()).add(hourly(minute(0), 30.0), hourly(minute(60), 1.0)).endOfInput();

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "IMPLAUSIBLE_CONSUMPTION", minute(0), minute(60), null),
            step("CLEARED", "IMPLAUSIBLE_CONSUMPTION", minute(0), minute(120), minute(60)));
    assertThat(harness.ruleStateEntries()).isZero();
    assertThat(harness.metersWithDevice())
        .containsExactly(RecordKeys.meter(ContractFixtures.TENANT, ContractFixtures.METER));
    assertThat(harness.timers()).isZero();
  }
}
