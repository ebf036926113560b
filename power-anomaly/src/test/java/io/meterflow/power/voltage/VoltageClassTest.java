package io.meterflow.power.voltage;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.power.config.PowerAnomalySettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The EN 50160 limits: 90 % to 110 % of nominal inside, below 5 % an interruption. */
class VoltageClassTest {

  private static final VoltageConfig LIMITS = PowerAnomalySettings.defaults().voltage();

  @ParameterizedTest(name = "{0} V of {1} V is {2}")
  @CsvSource({
    "230, 230, NORMAL",
    "207, 230, NORMAL",
    "206.9, 230, SAG",
    "253, 230, NORMAL",
    "253.1, 230, SWELL",
    "11.5, 230, SAG",
    "11.49, 230, INTERRUPTION",
    "0, 230, INTERRUPTION",
    "108, 120, NORMAL",
    "107.9, 120, SAG",
    "132.1, 120, SWELL"
  })
  void shouldClassifyATenMinuteMeanAgainstItsNominalVoltage(
      double mean, double nominal, VoltageClass expected) {
    assertThat(VoltageClass.of(mean, nominal, LIMITS)).isEqualTo(expected);
  }
}
