package io.meterflow.power.reading;

import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.registers.RegisterSpec;
import io.meterflow.power.outage.OutageRule;
import java.util.Optional;

/**
 * The readings the per-meter reading rules work on: every electricity register (each one is a
 * contact for COMMUNICATION_LOSS), and meter events that report POWER_FAIL or POWER_RESTORED. Other
 * events (a water meter's LEAK) are left out. The meter-event register does not tell the commodity,
 * so a water or heat meter's POWER_FAIL passes here: the reading rules take it only from a meter
 * whose DeviceInfo says it is an electricity meter ({@link ReadingRulesFunction}).
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
