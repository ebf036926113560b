package io.meterflow.leak.episode;

import io.meterflow.contracts.AlarmSeverity;
import java.io.Serializable;

/**
 * Severity of a water alarm from the flow rate it is about: the more water is lost per hour, the
 * sooner someone should act.
 *
 * @param majorFlowM3PerH from this flow on an alarm is MAJOR (below it, MINOR)
 * @param criticalFlowM3PerH from this flow on an alarm is CRITICAL
 */
public record SeverityScale(double majorFlowM3PerH, double criticalFlowM3PerH)
    implements Serializable {

  public SeverityScale {
    if (!(majorFlowM3PerH > 0) || !(criticalFlowM3PerH > majorFlowM3PerH)) {
      throw new IllegalArgumentException(
          "Severity flows must satisfy 0 < major < critical, were major="
              + majorFlowM3PerH
              + " and critical="
              + criticalFlowM3PerH
              + " m3/h");
    }
  }

  public AlarmSeverity of(double flowM3PerH) {
    if (flowM3PerH >= criticalFlowM3PerH) {
      return AlarmSeverity.CRITICAL;
    }
    return flowM3PerH >= majorFlowM3PerH ? AlarmSeverity.MAJOR : AlarmSeverity.MINOR;
  }
}
