package io.meterflow.power.reverse;

import static io.meterflow.power.testing.PowerFixtures.exported;
import static io.meterflow.power.testing.PowerFixtures.meter;
import static io.meterflow.power.testing.PowerFixtures.minute;
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

/** REVERSE_FLOW with the defaults: a rise above 10 Wh raises, 24 h without one clears. */
class ReverseFlowHarnessTest {

  private static final int DAY_MINUTES = 24 * 60;

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
  void shouldRaiseWhenTheExportRegisterRisesAndClearAfterADayWithoutRise() throws Exception {
    harness
        .device(meter())
        .add(exported(minute(0), 0), exported(minute(15), 0.5), exported(minute(30), 0.5))
        .add(zeros(45, 45 + DAY_MINUTES));
    harness.watermark(minute(45 + DAY_MINUTES));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "REVERSE_FLOW", minute(15), minute(30), null),
            step("UPDATED", "REVERSE_FLOW", minute(15), minute(45), null),
            step("CLEARED", "REVERSE_FLOW", minute(15), minute(45 + DAY_MINUTES), minute(45)));
    assertThat(harness.alarms().get(0).getEvidence())
        .containsExactlyEntriesOf(Map.of("exportedKwh", 0.5));
    assertThat(harness.alarms().get(2).getEvidence())
        .containsExactlyEntriesOf(Map.of("exportedKwh", 1.0));
    assertThat(harness.alarms().get(2).getMessage()).isEqualTo("Export register still for 24 h");
  }

  @Test
  void shouldClearOnceGenerationIsRegistered() throws Exception {
    harness.device(meter()).add(exported(minute(0), 0.5)).watermark(minute(15));
    harness
        .device(
            ContractFixtures.electricityMeter()
                .setHasGeneration(true)
                .setUpdatedTime(minute(20))
                .build())
        .add(exported(minute(15), 0.6), exported(minute(30), 0.7))
        .watermark(minute(45));

    assertThat(harness.steps())
        .containsExactly(
            step("RAISED", "REVERSE_FLOW", minute(0), minute(15), null),
            step("CLEARED", "REVERSE_FLOW", minute(0), minute(30), minute(15)));
    assertThat(harness.alarms().get(1).getMessage())
        .isEqualTo("Generation is now registered for the meter: export is expected");
  }

  @Test
  void shouldStaySilentForMetersWithRegisteredOrUnknownGeneration() throws Exception {
    harness.add(exported(minute(0), 0.5)).watermark(minute(15));
    harness
        .device(ContractFixtures.electricityMeter().setHasGeneration(true).build())
        .add(exported(minute(15), 0.5))
        .watermark(minute(30));

    assertThat(harness.alarms()).isEmpty();
  }

  @Test
  void shouldNotRepeatWhileTheRegisterRisesSteadily() throws Exception {
    harness
        .device(meter())
        .add(
            exported(minute(0), 1.0),
            exported(minute(15), 0.05),
            exported(minute(30), 0.05),
            exported(minute(45), 0.05))
        .watermark(minute(60));

    assertThat(harness.steps())
        .containsExactly(step("RAISED", "REVERSE_FLOW", minute(0), minute(15), null));
  }

  @Test
  void shouldLeaveNoRuleStateOnceClearedAndQuiet() throws Exception {
    harness.device(meter()).add(exported(minute(0), 0.5)).add(zeros(15, 15 + DAY_MINUTES));
    harness.watermark(minute(15 + DAY_MINUTES).plusSeconds(45L * 24 * 3600));

    assertThat(harness.alarms()).hasSize(2);
    assertThat(harness.ruleStateEntries()).isZero();
    assertThat(harness.metersWithDevice())
        .containsExactly(RecordKeys.meter(ContractFixtures.TENANT, ContractFixtures.METER));
    assertThat(harness.timers()).isZero();
  }

  /** Export quarters without a rise, starting from minute {@code from} up to {@code to}. */
  private static List<IntervalConsumption> zeros(int from, int to) {
    List<IntervalConsumption> quarters = new ArrayList<>();
    for (int m = from; m < to; m += 15) {
      quarters.add(exported(minute(m), 0));
    }
    return quarters;
  }
}
