package io.meterflow.power.reverse;

import io.meterflow.contracts.AlarmSeverity;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;

/**
 * Thresholds of {@link ReverseFlowRule}.
 *
 * @param thresholdKwh an export interval above this means the export register rose
 * @param clearAfter how long the register must stay still for the alarm to clear
 */
public record ReverseFlowConfig(double thresholdKwh, Duration clearAfter, AlarmSeverity severity)
    implements Serializable {

  /** The parameters recorded in the alarms. */
  public Map<String, String> parameters() {
    return Map.of(
        "thresholdKwh", Double.toString(thresholdKwh), "clearAfter", clearAfter.toString());
  }
}
