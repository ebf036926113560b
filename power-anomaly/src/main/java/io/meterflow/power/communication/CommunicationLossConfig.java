package io.meterflow.power.communication;

import io.meterflow.contracts.AlarmSeverity;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;

/**
 * Thresholds of {@link CommunicationLossRule}.
 *
 * @param cadenceFactor a silence of this many usual cadences raises (and a gap is clipped to it)
 * @param minSilence a shorter silence never raises
 * @param alpha weight of a new gap in the learned cadence
 * @param warmUpGaps gaps the cadence needs before silences are judged
 */
public record CommunicationLossConfig(
    double cadenceFactor, Duration minSilence, double alpha, int warmUpGaps, AlarmSeverity severity)
    implements Serializable {

  /** The parameters recorded in the alarms. */
  public Map<String, String> parameters() {
    return Map.of(
        "cadenceFactor", Double.toString(cadenceFactor), "minSilence", minSilence.toString());
  }
}
