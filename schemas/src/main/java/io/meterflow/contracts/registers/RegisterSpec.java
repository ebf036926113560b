package io.meterflow.contracts.registers;

import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the suite knows about a canonical register: its unit, the commodity it belongs to and the
 * kind of reading it usually carries.
 *
 * @param commodity empty for registers any meter can have (meter events)
 */
public record RegisterSpec(
    Register register, CanonicalUnit unit, Optional<Commodity> commodity, ReadingKind usualKind) {

  private static final Map<Register, RegisterSpec> SPECS = new EnumMap<>(Register.class);

  static {
    define(Register.ELECTRICITY_IMPORT_ENERGY, CanonicalUnit.KWH, Commodity.ELECTRICITY);
    define(Register.ELECTRICITY_EXPORT_ENERGY, CanonicalUnit.KWH, Commodity.ELECTRICITY);
    define(Register.ELECTRICITY_IMPORT_POWER, CanonicalUnit.W, Commodity.ELECTRICITY);
    define(Register.ELECTRICITY_EXPORT_POWER, CanonicalUnit.W, Commodity.ELECTRICITY);
    define(Register.VOLTAGE_L1, CanonicalUnit.V, Commodity.ELECTRICITY);
    define(Register.VOLTAGE_L2, CanonicalUnit.V, Commodity.ELECTRICITY);
    define(Register.VOLTAGE_L3, CanonicalUnit.V, Commodity.ELECTRICITY);
    define(Register.WATER_VOLUME, CanonicalUnit.M3, Commodity.WATER);
    define(Register.WATER_FLOW, CanonicalUnit.M3_PER_H, Commodity.WATER);
    define(Register.HEAT_ENERGY, CanonicalUnit.KWH, Commodity.HEAT);
    define(Register.HEAT_VOLUME, CanonicalUnit.M3, Commodity.HEAT);
    define(Register.FLOW_TEMPERATURE, CanonicalUnit.DEG_C, Commodity.HEAT);
    define(Register.RETURN_TEMPERATURE, CanonicalUnit.DEG_C, Commodity.HEAT);
    define(Register.GAS_VOLUME, CanonicalUnit.M3, Commodity.GAS);
    SPECS.put(
        Register.METER_EVENT,
        new RegisterSpec(
            Register.METER_EVENT, CanonicalUnit.COUNT, Optional.empty(), ReadingKind.EVENT));
  }

  /** The spec of a register; every register has one. */
  public static RegisterSpec of(Register register) {
    return SPECS.get(register);
  }

  /** Energy and volume registers are indexes; the others are instant values. */
  private static void define(Register register, CanonicalUnit unit, Commodity commodity) {
    ReadingKind kind =
        unit == CanonicalUnit.KWH || unit == CanonicalUnit.M3
            ? ReadingKind.CUMULATIVE
            : ReadingKind.INSTANT;
    SPECS.put(register, new RegisterSpec(register, unit, Optional.of(commodity), kind));
  }
}
