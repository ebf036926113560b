package io.meterflow.power.implausible;

import io.meterflow.contracts.AlarmSeverity;
import java.io.Serializable;
import java.util.Map;

/**
 * Thresholds of {@link ImplausibleConsumptionRule}.
 *
 * @param margin share above the fuse capacity an interval may reach (0.25 = 25 %)
 * @param defaultNominalVoltage phase voltage (V) of a meter whose DeviceInfo gives none
 */
public record ImplausibleConsumptionConfig(
    double margin, double defaultNominalVoltage, AlarmSeverity severity) implements Serializable {

  /** The parameters recorded in the alarms. */
  public Map<String, String> parameters() {
    return Map.of("margin", Double.toString(margin));
  }
}
