package io.meterflow.normalizer.mapping;

import io.meterflow.contracts.Register;
import io.meterflow.contracts.registers.RegisterSpec;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The register codes every tenant gets without configuration: OBIS codes of electricity (IEC
 * 62056-61) and of water, heat and gas (EN 13757-1), their short electricity forms from IEC
 * 62056-21 readouts, common vendor names, and the canonical register names themselves. Tenant
 * mappings add to this table or override it.
 */
public final class BuiltInRegisters {

  private static final Map<String, RegisterMapping> BY_CODE = table();

  private BuiltInRegisters() {}

  /** The mapping of a code in any spelling {@link RegisterCodes} accepts. */
  public static Optional<RegisterMapping> find(String code) {
    return Optional.ofNullable(BY_CODE.get(RegisterCodes.canonical(code)));
  }

  private static Map<String, RegisterMapping> table() {
    Map<String, RegisterMapping> table = new HashMap<>();
    obis(table, "1-0:1.8.0", Register.ELECTRICITY_IMPORT_ENERGY);
    obis(table, "1-0:2.8.0", Register.ELECTRICITY_EXPORT_ENERGY);
    obis(table, "1-0:1.7.0", Register.ELECTRICITY_IMPORT_POWER);
    obis(table, "1-0:2.7.0", Register.ELECTRICITY_EXPORT_POWER);
    obis(table, "1-0:32.7.0", Register.VOLTAGE_L1);
    obis(table, "1-0:52.7.0", Register.VOLTAGE_L2);
    obis(table, "1-0:72.7.0", Register.VOLTAGE_L3);
    obis(table, "8-0:1.0.0", Register.WATER_VOLUME);
    obis(table, "8-0:2.0.0", Register.WATER_FLOW);
    obis(table, "6-0:1.0.0", Register.HEAT_ENERGY);
    obis(table, "6-0:2.0.0", Register.HEAT_VOLUME);
    obis(table, "6-0:10.0.0", Register.FLOW_TEMPERATURE);
    obis(table, "6-0:11.0.0", Register.RETURN_TEMPERATURE);
    obis(table, "7-0:3.0.0", Register.GAS_VOLUME);
    // The general alarm register: meters report their events on it.
    obis(table, "0-0:97.98.0", Register.METER_EVENT);

    name(table, Register.ELECTRICITY_IMPORT_ENERGY, "1.8.0", "A+", "import energy");
    name(table, Register.ELECTRICITY_IMPORT_ENERGY, "energy import", "active energy import");
    name(table, Register.ELECTRICITY_EXPORT_ENERGY, "2.8.0", "A-", "export energy");
    name(table, Register.ELECTRICITY_EXPORT_ENERGY, "energy export", "active energy export");
    name(table, Register.ELECTRICITY_IMPORT_POWER, "1.7.0", "P+", "import power");
    name(table, Register.ELECTRICITY_IMPORT_POWER, "power import", "active power import");
    name(table, Register.ELECTRICITY_EXPORT_POWER, "2.7.0", "P-", "export power");
    name(table, Register.ELECTRICITY_EXPORT_POWER, "power export", "active power export");
    name(table, Register.VOLTAGE_L1, "32.7.0", "U1", "L1 voltage");
    name(table, Register.VOLTAGE_L2, "52.7.0", "U2", "L2 voltage");
    name(table, Register.VOLTAGE_L3, "72.7.0", "U3", "L3 voltage");
    name(table, Register.WATER_VOLUME, "water", "cold water volume");
    name(table, Register.WATER_FLOW, "water flow rate");
    name(table, Register.HEAT_ENERGY, "heat", "thermal energy");
    name(table, Register.FLOW_TEMPERATURE, "supply temperature", "forward temperature");
    name(table, Register.GAS_VOLUME, "gas");
    name(table, Register.METER_EVENT, "event", "alarm");
    for (Register register : Register.values()) {
      name(table, register, register.name().toLowerCase(Locale.ROOT));
    }
    return Map.copyOf(table);
  }

  /** An OBIS code on channel 0 and channel 1, which meters use interchangeably. */
  private static void obis(Map<String, RegisterMapping> table, String code, Register register) {
    put(table, code, register);
    put(table, code.replaceFirst("-0:", "-1:"), register);
  }

  private static void name(Map<String, RegisterMapping> table, Register register, String... names) {
    for (String name : names) {
      put(table, name, register);
    }
  }

  private static void put(Map<String, RegisterMapping> table, String code, Register register) {
    RegisterMapping mapping = new RegisterMapping(register, RegisterSpec.of(register).usualKind());
    RegisterMapping earlier = table.put(RegisterCodes.canonical(code), mapping);
    if (earlier != null && !earlier.equals(mapping)) {
      throw new IllegalStateException("Register code " + code + " is mapped twice");
    }
  }
}
