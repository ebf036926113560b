package io.meterflow.power.zero;

import static io.meterflow.power.testing.PowerFixtures.hour;
import static io.meterflow.power.testing.PowerFixtures.hourly;
import static io.meterflow.power.testing.PowerFixtures.meter;
import static io.meterflow.power.testing.PowerFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.power.testing.MeterHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ZERO_CONSUMPTION with the defaults: 72 h of reported intervals at or below 1 Wh. */
class ZeroConsumptionHarnessTest {

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
  void shouldRaiseAfter72HoursWithoutConsumptionAndClearWhenItResumes() throws Exception {
    harness.device(meter()).add(consumptionThenZeros(90)).add(hourly(hour(91), 0.7));
    harness.watermark(hour(92));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "ZERO_CONSUMPTION", hour(1), hour(73), null),
            step("UPDATED", "ZERO_CONSUMPTION", hour(1), hour(88), null),
            step("CLEARED", "ZERO_CONSUMPTION", hour(1), hour(92), hour(91)));
    assertThat(harness.alarms().get(0).getEvidence())
        .containsExactlyEntriesOf(Map.of("hoursWithoutConsumption", 72.0));
    assertThat(harness.alarms().get(0).getMessage())
        .isEqualTo("No consumption for 3 d on an active meter");
    assertThat(harness.alarms().get(2).getEvidence())
        .containsExactlyEntriesOf(Map.of("hoursWithoutConsumption", 90.0));
  }

  @Test
  void shouldStaySilentForAMeterRegisteredAsInactive() throws Exception {
    harness
        .device(ContractFixtures.electricityMeter().setActive(false).build())
        .add(consumptionThenZeros(90));
    harness.watermark(hour(91));

    assertThat(harness.alarms()).isEmpty();
  }

  @Test
  void shouldTakeSilenceForNoConsumptionNeitherInStreamingNorAtTheEndOfTheInput() throws Exception {
    harness.device(meter()).add(consumptionThenZeros(10));
    harness.watermark(hour(200));
    assertThat(harness.alarms()).isEmpty();

    harness.endOfInput();

    assertThat(harness.alarms()).isEmpty();
    assertThat(harness.ruleStateEntries()).isZero();
    assertThat(harness.metersWithDevice())
        .containsExactly(RecordKeys.meter(ContractFixtures.TENANT, ContractFixtures.METER));
    assertThat(harness.timers()).isZero();
  }

  @Test
  void shouldNotRepeatWhileTheMeterStaysAtZero() throws Exception {
    harness.device(meter()).add(consumptionThenZeros(100));
    harness.watermark(hour(101));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "ZERO_CONSUMPTION", hour(1), hour(73), null),
            step("UPDATED", "ZERO_CONSUMPTION", hour(1), hour(88), null));
  }

  /** One hour with 0.5 kWh, then the given hours without consumption. */
  private static List<IntervalConsumption> consumptionThenZeros(int zeroHours) {
    List<IntervalConsumption> hours = new ArrayList<>();
    hours.add(hourly(hour(0), 0.5));
    for (int h = 1; h <= zeroHours; h++) {
      hours.add(hourly(hour(h), 0.0));
    }
    return hours;
  }
}
