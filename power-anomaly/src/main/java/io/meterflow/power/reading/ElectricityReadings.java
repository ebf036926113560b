package io.meterflow.power.reading;

import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.registers.RegisterSpec;
import io.meterflow.power.outage.OutageRule;
import java.util.Optional;

/**
 * The readings the per-meter reading rules work on: every electricity register (each one is a
 * contact for COMMUNICATION_LOSS), and meter events that report POWER_FAIL or POWER_RESTORED.
 * Events of other meters (a water meter's LEAK) are left out, so that water meters leave no state
 * here.
 */
public final class ElectricityReadings {

  private ElectricityReadings() {}

  public static boolean isRuleInput(MeterReading reading) {
    if (reading.getRegister() == Register.METER_EVENT) {
      return OutageRule.reportsFailure(reading) || OutageRule.reportsRestoration(reading);
    }
    return RegisterSpec.of(reading.getRegister())
        .commodity()
        .equals(Optional.of(Commodity.ELECTRICITY));
  }
}
