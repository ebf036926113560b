package io.meterflow.power.voltage;

import static io.meterflow.power.testing.PowerFixtures.event;
import static io.meterflow.power.testing.PowerFixtures.minute;
import static io.meterflow.power.testing.PowerFixtures.voltage;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

class MeanVoltageTest {

  private final MeanVoltage mean = new MeanVoltage();

  @Test
  void shouldSumAPhasesReadingsAndMergeSums() {
    VoltageSum first =
        mean.add(
            voltage(Register.VOLTAGE_L2, minute(1), 230),
            mean.add(voltage(Register.VOLTAGE_L2, minute(0), 220), mean.createAccumulator()));
    VoltageSum second =
        mean.add(voltage(Register.VOLTAGE_L2, minute(2), 240), mean.createAccumulator());

    VoltageSum merged = mean.merge(mean.createAccumulator(), mean.merge(first, second));

    assertThat(merged)
        .isEqualTo(
            new VoltageSum(
                ContractFixtures.TENANT, ContractFixtures.METER, Register.VOLTAGE_L2, 690, 3));
  }

  @Test
  void shouldAverageOnlyInstantPhaseVoltages() {
    assertThat(MeanVoltage.isPhaseVoltage(voltage(Register.VOLTAGE_L3, minute(0), 230))).isTrue();
    assertThat(
            MeanVoltage.isPhaseVoltage(
                ContractFixtures.reading(Register.VOLTAGE_L1, minute(0), 230)
                    .setKind(ReadingKind.EVENT)
                    .build()))
        .isFalse();
    assertThat(MeanVoltage.isPhaseVoltage(event(minute(0), ReadingFlag.POWER_FAIL))).isFalse();
  }
}
