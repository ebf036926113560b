package io.meterflow.power.zero;

import io.meterflow.contracts.AlarmSeverity;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;

/**
 * Thresholds of {@link ZeroConsumptionRule}.
 *
 * @param period reported time without consumption that raises
 * @param thresholdKwh an interval above this is consumption
 */
public record ZeroConsumptionConfig(Duration period, double thresholdKwh, AlarmSeverity severity)
    implements Serializable {

  /** The parameters recorded in the alarms. */
  public Map<String, String> parameters() {
    return Map.of("period", period.toString(), "thresholdKwh", Double.toString(thresholdKwh));
  }
}
