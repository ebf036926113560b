package io.meterflow.power.baseline;

import io.meterflow.contracts.AlarmSeverity;
import java.io.Serializable;
import java.util.Map;

/**
 * Thresholds of {@link BaselineDeviationRule} and the learning of {@link MeterBaseline}.
 *
 * @param alpha weight of a new observation (a week, or a day) in a slot
 * @param warmUpWeeks observations an hour-of-week slot needs before its hours are judged
 * @param warmUpDays observations an hour-of-day slot needs before it judges the hours of a slot of
 *     the week still warming up; 0 judges nothing before the warm-up weeks
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
    int warmUpDays,
    double deviationThreshold,
    double outlierClip,
    double minDeviationKwh,
    double relativeFloor,
    int consecutiveHours,
    double episodeLearningFactor,
    AlarmSeverity severity)
    implements Serializable {

  /** Least usual deviation of any slot (1 Wh, below a register's resolution): no division by 0. */
  private static final double MIN_USUAL_DEVIATION_KWH = 0.001;

  /** The least usual deviation assumed around a level (kWh). */
  public double usualDeviationFloor(double level) {
    return Math.max(relativeFloor * Math.abs(level), MIN_USUAL_DEVIATION_KWH);
  }

  /** The parameters recorded in an alarm raised on an hour that the given baseline judged. */
  public Map<String, String> parameters(BaselineKind judgedBy) {
    return Map.of(
        "baseline", judgedBy.label(),
        "deviationThreshold", Double.toString(deviationThreshold),
        "minDeviationKwh", Double.toString(minDeviationKwh),
        "consecutiveHours", Integer.toString(consecutiveHours),
        "warmUpWeeks", Integer.toString(warmUpWeeks),
        "warmUpDays", Integer.toString(warmUpDays));
  }
}
