package io.meterflow.power.voltage;

import static io.meterflow.power.testing.PowerFixtures.mean;
import static io.meterflow.power.testing.PowerFixtures.meter;
import static io.meterflow.power.testing.PowerFixtures.minute;
import static io.meterflow.power.testing.PowerFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.power.testing.MeterHarness;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** VOLTAGE_SAG, VOLTAGE_SWELL and INTERRUPTION on 10-minute means of a 230 V meter. */
class VoltageQualityHarnessTest {

  private MeterHarness<VoltageMean> harness;

  @BeforeEach
  void openHarness() throws Exception {
    harness = MeterHarness.voltage(Map.of()).device(meter());
  }

  @AfterEach
  void closeHarness() throws Exception {
    harness.close();
  }

  @Test
  void shouldRaiseASagWhileAPhaseMeanIsBelow90PercentAndClearWhenItIsBack() throws Exception {
    harness
        .add(
            mean(Register.VOLTAGE_L1, minute(0), 230),
            mean(Register.VOLTAGE_L1, minute(10), 200),
            mean(Register.VOLTAGE_L1, minute(20), 195),
            mean(Register.VOLTAGE_L1, minute(30), 229))
        .watermark(minute(40));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "VOLTAGE_SAG", minute(10), minute(20), null),
            step("CLEARED", "VOLTAGE_SAG", minute(10), minute(40), minute(30)));
    MeterAlarm raised = harness.alarms().get(0);
    assertThat(raised.getSeverity()).isEqualTo(AlarmSeverity.MINOR);
    assertThat(raised.getEvidence())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("phasesAffected", 1.0, "meanVoltageV", 200.0, "percentOfNominal", 200 / 2.3));
    assertThat(raised.getMessage())
        .isEqualTo("Undervoltage on 1 phase: 10-min mean 200.0 V, 87.0 % of the 230 V nominal");
  }

  @Test
  void shouldKeepTheLimitsThemselvesInside() throws Exception {
    harness
        .add(mean(Register.VOLTAGE_L1, minute(0), 207), mean(Register.VOLTAGE_L2, minute(0), 253))
        .watermark(minute(10));

    assertThat(harness.alarms()).isEmpty();
  }

  @Test
  void shouldRaiseASwellAndASagOnDifferentPhasesAsTwoEpisodes() throws Exception {
    harness
        .add(
            mean(Register.VOLTAGE_L1, minute(0), 258),
            mean(Register.VOLTAGE_L2, minute(0), 230),
            mean(Register.VOLTAGE_L1, minute(10), 259),
            mean(Register.VOLTAGE_L2, minute(10), 201),
            mean(Register.VOLTAGE_L1, minute(20), 231),
            mean(Register.VOLTAGE_L2, minute(20), 230))
        .watermark(minute(30));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "VOLTAGE_SWELL", minute(0), minute(10), null),
            step("RAISED", "VOLTAGE_SAG", minute(10), minute(20), null),
            step("CLEARED", "VOLTAGE_SAG", minute(10), minute(30), minute(20)),
            step("CLEARED", "VOLTAGE_SWELL", minute(0), minute(30), minute(20)));
    assertThat(harness.alarms().get(0).getSeverity()).isEqualTo(AlarmSeverity.MAJOR);
  }

  @Test
  void shouldRaiseAnInterruptionBelow5PercentAndCountThePhases() throws Exception {
    harness
        .add(
            mean(Register.VOLTAGE_L1, minute(0), 3),
            mean(Register.VOLTAGE_L1, minute(10), 0.5),
            mean(Register.VOLTAGE_L2, minute(10), 0.2),
            mean(Register.VOLTAGE_L3, minute(10), 1),
            mean(Register.VOLTAGE_L1, minute(20), 0.1),
            mean(Register.VOLTAGE_L2, minute(20), 0.9),
            mean(Register.VOLTAGE_L3, minute(20), 0.3),
            mean(Register.VOLTAGE_L1, minute(30), 228),
            mean(Register.VOLTAGE_L2, minute(30), 229),
            mean(Register.VOLTAGE_L3, minute(30), 230))
        .watermark(minute(40));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "INTERRUPTION", minute(0), minute(10), null),
            step("UPDATED", "INTERRUPTION", minute(0), minute(20), null),
            step("CLEARED", "INTERRUPTION", minute(0), minute(40), minute(30)));
    assertThat(harness.alarms().get(1).getEvidence())
        .containsExactlyEntriesOf(Map.of("phasesAffected", 3.0));
    assertThat(harness.alarms().get(1).getMessage())
        .isEqualTo("Supply interrupted on 3 phases: 10-min mean below 5 % of nominal");
  }

  @Test
  void shouldNameTheConfiguredWindowInTheMessages() throws Exception {
    MeterHarness<VoltageMean> quarterHours =
        MeterHarness.voltage(Map.of("power.voltage.window", "15 min")).device(meter());
    quarterHours
        .add(mean(Register.VOLTAGE_L1, minute(0), 200), mean(Register.VOLTAGE_L2, minute(0), 5))
        .watermark(minute(10));

    assertThat(quarterHours.alarms())
        .extracting(MeterAlarm::getMessage)
        .containsExactly(
            "Supply interrupted on 1 phase: 15-min mean below 5 % of nominal",
            "Undervoltage on 1 phase: 15-min mean 200.0 V, 87.0 % of the 230 V nominal");
    quarterHours.close();
  }

  @Test
  void shouldKeepASagOpenWhileTheSaggingPhaseSkipsAWindow() throws Exception {
    harness
        .add(
            mean(Register.VOLTAGE_L1, minute(0), 200),
            mean(Register.VOLTAGE_L2, minute(10), 230),
            mean(Register.VOLTAGE_L1, minute(20), 199))
        .watermark(minute(30));

    assertThat(harness.steps())
        .containsExactly(step("RAISED", "VOLTAGE_SAG", minute(0), minute(10), null));
  }

  @Test
  void shouldUseTheDefaultNominalVoltageWithoutMasterData() throws Exception {
    MeterHarness<VoltageMean> withoutDevice = MeterHarness.voltage(Map.of());
    withoutDevice.add(mean(Register.VOLTAGE_L1, minute(0), 200)).watermark(minute(10));

    assertThat(withoutDevice.steps())
        .containsExactly(step("RAISED", "VOLTAGE_SAG", minute(0), minute(10), null));
    assertThat(withoutDevice.alarms().get(0).getAreaId()).isNull();
    withoutDevice.close();
  }

  @Test
  void shouldLeaveNoRuleStateOnceTheMeterGoesQuiet() throws Exception {
    harness
        .add(mean(Register.VOLTAGE_L1, minute(0), 200), mean(Register.VOLTAGE_L1, minute(10), 230))
        .watermark(minute(20).plus(Duration.ofDays(45)));

    assertThat(harness.alarms()).hasSize(2);
    assertThat(harness.ruleStateEntries()).isZero();
    assertThat(harness.metersWithDevice())
        .containsExactly(RecordKeys.meter(ContractFixtures.TENANT, ContractFixtures.METER));
    assertThat(harness.timers()).isZero();
  }
}
