package io.meterflow.leak.burst;

import java.io.Serializable;
import java.time.Duration;

/**
 * Thresholds of the burst rule.
 *
 * @param q3Fraction the threshold as a share of the meter's permanent flow Q3 (0.1 = 10 %)
 * @param defaultThresholdM3PerH the threshold of a meter whose Q3 is not known
 * @param minDuration how long the flow must stay above the threshold
 * @param minIntervals consecutive intervals the flow must stay above the threshold: one interval's
 *     mean cannot tell a sustained flow from a short heavy draw
 */
public record BurstConfig(
    boolean enabled,
    double q3Fraction,
    double defaultThresholdM3PerH,
    Duration minDuration,
    int minIntervals)
    implements Serializable {

  public BurstConfig {
    if (!(q3Fraction > 0)) {
      throw new IllegalArgumentException(
          "The burst Q3 fraction must be above 0, was " + q3Fraction);
    }
    if (!(defaultThresholdM3PerH > 0)) {
      throw new IllegalArgumentException(
          "The default burst threshold must be above 0 m3/h, was " + defaultThresholdM3PerH);
    }
    if (minDuration.isNegative() || minDuration.isZero()) {
      throw new IllegalArgumentException(
          "The burst minimum duration must be positive, was " + minDuration);
    }
    if (minIntervals < 1) {
      throw new IllegalArgumentException(
          "A burst needs at least 1 interval above the threshold, was " + minIntervals);
    }
  }

  /**
   * The flow above which a meter bursts: the Q3 share where the meter's Q3 is known (and
   * plausible), the default otherwise.
   */
  public double thresholdM3PerH(Double nominalFlowQ3) {
    return isUsable(nominalFlowQ3) ? q3Fraction * nominalFlowQ3 : defaultThresholdM3PerH;
  }

  /** True for a Q3 the threshold can be derived from: known, positive and finite. */
  public static boolean isUsable(Double nominalFlowQ3) {
    return nominalFlowQ3 != null && nominalFlowQ3 > 0 && Double.isFinite(nominalFlowQ3);
  }
}
