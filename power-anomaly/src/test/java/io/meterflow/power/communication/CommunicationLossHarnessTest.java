package io.meterflow.power.communication;

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
import io.meterflow.power.testing.MeterHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * COMMUNICATION_LOSS with the defaults on a meter that reads every 10 minutes: 3 cadences are 30
 * minutes, so the 6-hour minimum decides.
 */
class CommunicationLossHarnessTest {

  private MeterHarness<MeterReading> harness;

  @BeforeEach
  void openHarness() throws Exception {
    harness = MeterHarness.readings(Map.of()).device(meter());
  }

  @AfterEach
  void closeHarness() throws Exception {
    harness.close();
  }

  @Test
  void shouldRaiseWhenTheWatermarkPassesSixHoursOfSilenceAndClearOnTheNextReading()
      throws Exception {
    harness.add(everyTenMinutes(0, 120)).watermark(minute(479));
    assertThat(harness.alarms()).isEmpty();

    harness.watermark(minute(480)).watermark(minute(590));
    harness.add(voltage(Register.VOLTAGE_L1, minute(600), 230)).watermark(minute(600));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "COMMUNICATION_LOSS", minute(120), minute(480), null),
            step("CLEARED", "COMMUNICATION_LOSS", minute(120), minute(600), minute(600)));
    assertThat(harness.alarms().get(0).getEvidence())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("silenceHours", 6.0, "usualCadenceMinutes", 10.0));
    assertThat(harness.alarms().get(0).getMessage())
        .isEqualTo("No reading for 6 h; the meter usually reports every 10 min");
    assertThat(harness.alarms().get(1).getEvidence()).containsEntry("silenceHours", 8.0);
  }

  @Test
  void shouldRaiseASilenceInsideABoundedInputButNotTheOneAfterItsEnd() throws Exception {
    harness.add(everyTenMinutes(0, 120)).add(everyTenMinutes(600, 700)).endOfInput();

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "COMMUNICATION_LOSS", minute(120), minute(480), null),
            step("CLEARED", "COMMUNICATION_LOSS", minute(120), minute(600), minute(600)));
    assertThat(harness.ruleStateEntries()).isZero();
    assertThat(harness.metersWithDevice())
        .containsExactly(RecordKeys.meter(ContractFixtures.TENANT, ContractFixtures.METER));
    assertThat(harness.timers()).isZero();
  }

  @Test
  void shouldStaySilentUntilTheCadenceIsKnown() throws Exception {
    harness.add(everyTenMinutes(0, 30)).watermark(minute(3000));

    assertThat(harness.alarms()).isEmpty();
  }

  @Test
  void shouldNotTakeAnOutageOrAnInactiveMeterForACommunicationLoss() throws Exception {
    harness
        .add(everyTenMinutes(0, 120))
        .add(event(minute(125), ReadingFlag.POWER_FAIL))
        .watermark(minute(1000));
    MeterHarness<MeterReading> inactive =
        MeterHarness.readings(Map.of())
            .device(ContractFixtures.electricityMeter().setActive(false).build());
    inactive.add(everyTenMinutes(0, 120)).watermark(minute(1000));

    assertThat(harness.steps())
        .containsExactly(step("RAISED", "OUTAGE", minute(125), minute(125), null));
    assertThat(inactive.alarms()).isEmpty();
    inactive.close();
  }

  @Test
  void shouldKeepOneTimerPerMeterHoweverManyReadingsCome() throws Exception {
    harness.add(everyTenMinutes(0, 1440)).watermark(minute(1440));

    assertThat(harness.timers()).isOne();
    harness.watermark(minute(1440 + 360));
    assertThat(harness.alarms()).hasSize(1);
    harness.watermark(minute(1440 + 3000));
    assertThat(harness.alarms()).hasSize(1);
  }

  /** Voltage readings every 10 minutes from minute {@code from} to {@code to}, inclusive. */
  private static List<MeterReading> everyTenMinutes(int from, int to) {
    List<MeterReading> readings = new ArrayList<>();
    for (int m = from; m <= to; m += 10) {
      readings.add(voltage(Register.VOLTAGE_L1, minute(m), 230));
    }
    return readings;
  }
}
