package io.meterflow.power.baseline;

import io.meterflow.contracts.AlarmSeverity;
import java.io.Serializable;
import java.util.Map;

/**
 * Thresholds of {@link BaselineDeviationRule} and the learning of {@link HourOfWeekBaseline}.
 *
 * @param alpha weight of a new week in a slot
 * @param warmUpWeeks observations a slot needs before its hours are judged
 * @param deviationThreshold distance from the level, in usual absolute deviations, that deviates
 * @param outlierClip most a learned hour moves its slot, in usual absolute deviations
 * @param minDeviationKwh least distance from the level (kWh) that deviates
 * @param relativeFloor least usual absolute deviation, as a share of the level
 * @param consecutiveHours deviating hours that raise, normal hours that clear
 * @param episodeLearningFactor factor on the learning weight inside an open episode
 */
public record BaselineConfig(
    double alpha,
    int warmUpWeeks,
    double deviationThreshold,
    double outlierClip,
    double minDeviationKwh,
    double relativeFloor,
    int consecutiveHours,
    double episodeLearningFactor,
    AlarmSeverity severity)
    implements Serializable {

  /** The parameters recorded in the alarms. */
  public Map<String, String> parameters() {
    return Map.of(
        "deviationThreshold", Double.toString(deviationThreshold),
        "minDeviationKwh", Double.toString(minDeviationKwh),
        "consecutiveHours", Integer.toString(consecutiveHours),
        "warmUpWeeks", Integer.toString(warmUpWeeks));
  }
}
