package io.meterflow.normalizer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BuiltInRegistersTest {

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource({
    "1-0:1.8.0, ELECTRICITY_IMPORT_ENERGY, CUMULATIVE",
    "1-0:2.8.0, ELECTRICITY_EXPORT_ENERGY, CUMULATIVE",
    "1-0:1.7.0, ELECTRICITY_IMPORT_POWER, INSTANT",
    "1-0:2.7.0, ELECTRICITY_EXPORT_POWER, INSTANT",
    "1-0:32.7.0, VOLTAGE_L1, INSTANT",
    "1-0:52.7.0, VOLTAGE_L2, INSTANT",
    "1-0:72.7.0, VOLTAGE_L3, INSTANT",
    "8-0:1.0.0, WATER_VOLUME, CUMULATIVE",
    "8-0:2.0.0, WATER_FLOW, INSTANT",
    "6-0:1.0.0, HEAT_ENERGY, CUMULATIVE",
    "6-0:2.0.0, HEAT_VOLUME, CUMULATIVE",
    "6-0:10.0.0, FLOW_TEMPERATURE, INSTANT",
    "6-0:11.0.0, RETURN_TEMPERATURE, INSTANT",
    "7-0:3.0.0, GAS_VOLUME, CUMULATIVE",
    "0-0:97.98.0, METER_EVENT, EVENT",
  })
  void shouldMapObisCodesInEverySpelling(String code, Register register, ReadingKind kind) {
    RegisterMapping expected = new RegisterMapping(register, kind);
    assertThat(BuiltInRegisters.find(code)).contains(expected);
    assertThat(BuiltInRegisters.find(code + "*255")).contains(expected);
    assertThat(BuiltInRegisters.find(code + ".255")).contains(expected);
    assertThat(BuiltInRegisters.find(code.replaceFirst("-0:", "-1:"))).contains(expected);
    assertThat(BuiltInRegisters.find(code.replace('-', '.').replace(':', '.') + ".255"))
        .contains(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1.8.0, ELECTRICITY_IMPORT_ENERGY",
    "A+, ELECTRICITY_IMPORT_ENERGY",
    "Import Energy, ELECTRICITY_IMPORT_ENERGY",
    "active-energy-import, ELECTRICITY_IMPORT_ENERGY",
    "2.8.0, ELECTRICITY_EXPORT_ENERGY",
    "A-, ELECTRICITY_EXPORT_ENERGY",
    "energy export, ELECTRICITY_EXPORT_ENERGY",
    "1.7.0, ELECTRICITY_IMPORT_POWER",
    "P+, ELECTRICITY_IMPORT_POWER",
    "2.7.0, ELECTRICITY_EXPORT_POWER",
    "P-, ELECTRICITY_EXPORT_POWER",
    "32.7.0, VOLTAGE_L1",
    "U2, VOLTAGE_L2",
    "L3 voltage, VOLTAGE_L3",
    "water, WATER_VOLUME",
    "cold water volume, WATER_VOLUME",
    "water flow rate, WATER_FLOW",
    "heat, HEAT_ENERGY",
    "supply temperature, FLOW_TEMPERATURE",
    "gas, GAS_VOLUME",
    "event, METER_EVENT",
    "alarm, METER_EVENT",
  })
  void shouldMapVendorNames(String name, Register register) {
    assertThat(BuiltInRegisters.find(name).map(RegisterMapping::register)).contains(register);
  }

  @ParameterizedTest
  @EnumSource(Register.class)
  void shouldMapEveryCanonicalRegisterName(Register register) {
    assertThat(BuiltInRegisters.find(register.name()).map(RegisterMapping::register))
        .contains(register);
  }

  @Test
  void shouldNotMapTariffRegistersOrBillingPeriodValues() {
    assertThat(BuiltInRegisters.find("1-0:1.8.1")).isEmpty();
    assertThat(BuiltInRegisters.find("1-0:1.8.0*01")).isEmpty();
    assertThat(BuiltInRegisters.find("9-0:1.0.0")).isEmpty();
  }
}
