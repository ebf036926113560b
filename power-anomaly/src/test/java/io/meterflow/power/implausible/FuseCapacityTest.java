package io.meterflow.power.implausible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.power.config.PowerAnomalySettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FuseCapacityTest {

  @Test
  void shouldMultiplyPhasesAmpsAndVoltsOverTheInterval() {
    FuseCapacity threePhase = new FuseCapacity(3, 25, 230);
    FuseCapacity singlePhase = new FuseCapacity(1, 35, 230);

    assertThat(threePhase.kilowatts()).isEqualTo(17.25);
    assertThat(threePhase.kwh(Duration.ofMinutes(15))).isEqualTo(4.3125);
    assertThat(singlePhase.kwh(Duration.ofHours(1))).isEqualTo(8.05);
  }

  @Test
  void shouldAllowTheMarginAboveTheFuse() {
    ImplausibleConsumptionRule rule =
        new ImplausibleConsumptionRule(PowerAnomalySettings.defaults().implausible());

    assertThat(rule.allowedKwh(new FuseCapacity(3, 25, 230), Duration.ofMinutes(15)))
        .isEqualTo(5.390625);
  }

  @Test
  void shouldReadTheFuseFromDeviceInfoWithTheDefaultVoltageWhereItIsMissing() {
    assertThat(
            FuseCapacity.of(
                ContractFixtures.electricityMeter().setNominalVoltage(null).build(), 220))
        .contains(new FuseCapacity(3, 25, 220));
    assertThat(FuseCapacity.of(ContractFixtures.electricityMeter().build(), 220))
        .contains(new FuseCapacity(3, 25, 230));
  }

  @Test
  void shouldKnowNoCapacityForMissingOrNonsensicalMasterData() {
    assertThat(FuseCapacity.of(null, 230)).isEmpty();
    assertThat(FuseCapacity.of(ContractFixtures.electricityMeter().setPhases(null).build(), 230))
        .isEmpty();
    assertThat(FuseCapacity.of(ContractFixtures.electricityMeter().setPhases(4).build(), 230))
        .isEmpty();
    assertThat(
            FuseCapacity.of(ContractFixtures.electricityMeter().setMainFuseAmps(0.0).build(), 230))
        .isEmpty();
    assertThatThrownBy(() -> new FuseCapacity(3, 25, -230))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A nominal voltage must be positive, was -230.0");
  }
}
