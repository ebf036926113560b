package io.meterflow.leak.metercode;

import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.Register;
import java.util.EnumSet;
import java.util.Set;

/**
 * The readings that can carry or clear a water meter's info code: those of the water registers, and
 * those of the meter-event register when the meter is known to be a water meter.
 */
public final class CodeReadings {

  private static final Set<Register> WATER_REGISTERS =
      EnumSet.of(Register.WATER_VOLUME, Register.WATER_FLOW);

  private CodeReadings() {}

  /** True for a reading worth keying by meter: a water register or the meter-event register. */
  public static boolean mayCarryWaterCode(MeterReading reading) {
    return WATER_REGISTERS.contains(reading.getRegister())
        || reading.getRegister() == Register.METER_EVENT;
  }

  /** True when the reading's register belongs to a water meter, given what is known of it. */
  public static boolean isFromWaterMeter(MeterReading reading, boolean knownWaterMeter) {
    return WATER_REGISTERS.contains(reading.getRegister()) || knownWaterMeter;
  }
}
