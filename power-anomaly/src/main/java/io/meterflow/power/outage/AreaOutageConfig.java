package io.meterflow.power.outage;

import io.meterflow.contracts.AlarmSeverity;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;

/**
 * Thresholds of the area outage.
 *
 * @param minMeters meters whose POWER_FAIL falls within the window that raise
 * @param window how close in event time the POWER_FAIL events must be
 * @param restoredShare the alarm clears when more than this share of its meters restored
 */
public record AreaOutageConfig(
    int minMeters, Duration window, double restoredShare, AlarmSeverity severity)
    implements Serializable {

  /** The parameters recorded in the alarms. */
  public Map<String, String> parameters() {
    return Map.of(
        "minMeters", Integer.toString(minMeters),
        "window", window.toString(),
        "restoredShare", Double.toString(restoredShare));
  }
}
