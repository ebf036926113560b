package io.meterflow.normalizer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.CanonicalUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

  @ParameterizedTest(name = "{1} {0} = {3} {2}")
  @CsvSource({
    "Wh, 1500, KWH, 1.5",
    "kWh, 1234.5, KWH, 1234.5",
    "MWh, 2.5, KWH, 2500",
    "GWh, 0.5, KWH, 500000",
    "MJ, 36, KWH, 10",
    "GJ, 3.6, KWH, 1000",
    "m3, 12.5, M3, 12.5",
    "m³, 12.5, M3, 12.5",
    "L, 68321, M3, 68.321",
    "litres, 250, M3, 0.25",
    "gal, 1000, M3, 3.785411784",
    "V, 230.1, V, 230.1",
    "kV, 0.4, V, 400",
    "W, 1500, W, 1500",
    "kW, 1.5, W, 1500",
    "m3/h, 2.5, M3_PER_H, 2.5",
    "L/h, 600, M3_PER_H, 0.6",
    "L/min, 10, M3_PER_H, 0.6",
    "degC, 55.5, DEG_C, 55.5",
    "°C, -3.5, DEG_C, -3.5",
    "K, 300, DEG_C, 26.850000000000023",
    "count, 1, COUNT, 1",
  })
  void shouldConvertToTheCanonicalUnitExactly(
      String unit, double value, CanonicalUnit canonical, double converted) {
    UnitConversion conversion = Units.find(unit).orElseThrow();
    assertThat(conversion.unit()).isEqualTo(canonical);
    assertThat(conversion.apply(value)).isEqualTo(converted);
  }

  @Test
  void shouldConvertOneThousandWattHoursToExactlyOneKilowattHour() {
    assertThat(Units.find("Wh").orElseThrow().apply(1000)).isEqualTo(1.0);
    assertThat(Units.find("GJ").orElseThrow().apply(0.0036)).isEqualTo(1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"KWH", "kwh", " kWh ", "Kwh"})
  void shouldMatchUnitsInAnyCaseAndWithSurroundingSpaces(String unit) {
    assertThat(Units.find(unit)).contains(UnitConversion.identity(CanonicalUnit.KWH));
  }

  @ParameterizedTest
  @ValueSource(strings = {"MW", "mV", "furlong", "kWh/m3", ""})
  void shouldNotKnowAmbiguousOrForeignUnits(String unit) {
    assertThat(Units.find(unit)).isEmpty();
  }
}
