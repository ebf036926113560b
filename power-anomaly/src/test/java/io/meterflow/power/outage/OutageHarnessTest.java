package io.meterflow.power.outage;

import static io.meterflow.power.testing.PowerFixtures.event;
import static io.meterflow.power.testing.PowerFixtures.meter;
import static io.meterflow.power.testing.PowerFixtures.minute;
import static io.meterflow.power.testing.PowerFixtures.step;
import static io.meterflow.power.testing.PowerFixtures.voltage;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.power.reading.ReadingRulesFunction;
import io.meterflow.power.testing.MeterHarness;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OUTAGE from a meter's power events, and the events it passes on to the area rule. */
class OutageHarnessTest {

  private MeterHarness<MeterReading> harness;

  @BeforeEach
  void openHarness() throws Exception {
    harness = MeterHarness.readings(Map.of());
  }

  @AfterEach
  void closeHarness() throws Exception {
    harness.close();
  }

  @Test
  void shouldRaiseOnPowerFailAndClearOnPowerRestored() throws Exception {
    harness
        .device(meter())
        .add(
            event(minute(600), ReadingFlag.POWER_FAIL),
            event(minute(690), ReadingFlag.POWER_RESTORED))
        .watermark(minute(690));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "OUTAGE", minute(600), minute(600), null),
            step("CLEARED", "OUTAGE", minute(600), minute(690), minute(690)));
    assertThat(harness.alarms().get(1).getEvidence())
        .containsExactlyEntriesOf(Map.of("outageMinutes", 90.0));
    assertThat(harness.sideOutput(ReadingRulesFunction.POWER_EVENTS))
        .containsExactly(
            new PowerEvent(
                ContractFixtures.TENANT,
                ContractFixtures.AREA,
                ContractFixtures.METER,
                minute(600).toEpochMilli(),
                true),
            new PowerEvent(
                ContractFixtures.TENANT,
                ContractFixtures.AREA,
                ContractFixtures.METER,
                minute(690).toEpochMilli(),
                false));
  }

  @Test
  void shouldNotRepeatOnARepeatedPowerFail() throws Exception {
    harness
        .device(meter())
        .add(event(minute(600), ReadingFlag.POWER_FAIL), event(minute(605), ReadingFlag.POWER_FAIL))
        .watermark(minute(610));

    assertThat(harness.steps())
        .containsExactly(step("RAISED", "OUTAGE", minute(600), minute(600), null));
  }

  @Test
  void shouldClearWhenTheMeterMeasuresAgainWithoutAPowerRestored() throws Exception {
    harness
        .device(meter())
        .add(
            event(minute(600), ReadingFlag.POWER_FAIL),
            voltage(Register.VOLTAGE_L1, minute(600), 229),
            voltage(Register.VOLTAGE_L1, minute(610), 0),
            voltage(Register.VOLTAGE_L1, minute(640), 231))
        .watermark(minute(640));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "OUTAGE", minute(600), minute(600), null),
            step("CLEARED", "OUTAGE", minute(600), minute(640), minute(640)));
    assertThat(harness.alarms().get(1).getMessage())
        .isEqualTo("The meter measured again (no POWER_RESTORED received)");
  }

  @Test
  void shouldPassNoEventsOnForAMeterWithoutAnArea() throws Exception {
    harness.device(ContractFixtures.electricityMeter().setAreaId(null).build());
    harness.add(event(minute(600), ReadingFlag.POWER_FAIL)).watermark(minute(600));

    assertThat(harness.steps())
        .containsExactly(step("RAISED", "OUTAGE", minute(600), minute(600), null));
    assertThat(harness.sideOutput(ReadingRulesFunction.POWER_EVENTS)).isEmpty();
  }

  @Test
  void shouldRaiseNothingOnAWaterMetersPowerFail() throws Exception {
    harness
        .device(ContractFixtures.waterMeter().build())
        .add(
            event(minute(600), ReadingFlag.POWER_FAIL),
            event(minute(690), ReadingFlag.POWER_RESTORED))
        .watermark(minute(690).plus(Duration.ofDays(1)));

    assertThat(harness.alarms()).isEmpty();
    assertThat(harness.sideOutput(ReadingRulesFunction.POWER_EVENTS)).isEmpty();
    assertThat(harness.ruleStateEntries()).isZero();
    assertThat(harness.timers()).isZero();
  }

  @Test
  void shouldRaiseNothingOnAPowerFailOfAMeterWithoutDeviceInfo() throws Exception {
    harness.add(event(minute(600), ReadingFlag.POWER_FAIL)).watermark(minute(600));

    assertThat(harness.alarms()).isEmpty();
    assertThat(harness.sideOutput(ReadingRulesFunction.POWER_EVENTS)).isEmpty();
    assertThat(harness.stateEntries()).isZero();
    assertThat(harness.timers()).isZero();
  }

  @Test
  void shouldCountTheReadingsInAsProcessedOrNotElectricity() throws Exception {
    harness
        .add(
            event(minute(600), ReadingFlag.POWER_FAIL),
            voltage(Register.VOLTAGE_L1, minute(600), 229))
        .watermark(minute(600))
        .device(meter())
        .add(
            event(minute(610), ReadingFlag.POWER_FAIL),
            event(minute(620), ReadingFlag.POWER_RESTORED))
        .watermark(minute(620));

    assertThat(harness.counter("readingsIn")).isEqualTo(4);
    assertThat(harness.counter("readingsProcessed")).isEqualTo(3);
    assertThat(harness.counter("readingsNotElectricity")).isEqualTo(1);
    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "OUTAGE", minute(610), minute(610), null),
            step("CLEARED", "OUTAGE", minute(610), minute(620), minute(620)));
  }

  @Test
  void shouldLeaveNoRuleStateOnceRestoredAndQuiet() throws Exception {
    harness
        .device(meter())
        .add(
            event(minute(600), ReadingFlag.POWER_FAIL),
            event(minute(690), ReadingFlag.POWER_RESTORED))
        .watermark(minute(690).plus(Duration.ofDays(45)));

    assertThat(harness.alarms()).hasSize(2);
    assertThat(harness.ruleStateEntries()).isZero();
    assertThat(harness.metersWithDevice())
        .containsExactly(RecordKeys.meter(ContractFixtures.TENANT, ContractFixtures.METER));
    assertThat(harness.timers()).isZero();
  }
}
