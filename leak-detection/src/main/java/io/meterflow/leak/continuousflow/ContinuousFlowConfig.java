package io.meterflow.leak.continuousflow;

import io.meterflow.leak.episode.Quantities;
import java.io.Serializable;
import java.util.Map;

/**
 * Thresholds of the continuous-flow rule.
 *
 * @param standstillThresholdM3 an hour at or below this consumption is an hour at standstill
 * @param minLeakFlowM3PerH the flow every hour of the window must exceed to raise an episode (the
 *     standstill threshold where that is higher); only a standstill ends it
 * @param windowHours measured hours without standstill that make continuous flow
 * @param maxUnknownHours unknown hours (interpolated, estimated, invalid or missing) the window may
 *     span besides its measured hours; more, and the evidence is too thin to raise
 */
public record ContinuousFlowConfig(
    boolean enabled,
    double standstillThresholdM3,
    double minLeakFlowM3PerH,
    int windowHours,
    int maxUnknownHours)
    implements Serializable {

  public ContinuousFlowConfig {
    if (!(standstillThresholdM3 >= 0)) {
      throw new IllegalArgumentException(
          "The standstill threshold must be at least 0 m3, was " + standstillThresholdM3);
    }
    if (!(minLeakFlowM3PerH >= 0)) {
      throw new IllegalArgumentException(
          "The minimum leak flow must be at least 0 m3/h, was " + minLeakFlowM3PerH);
    }
    if (windowHours < 1) {
      throw new IllegalArgumentException(
          "The continuous-flow window must be at least 1 hour, was " + windowHours);
    }
    if (maxUnknownHours < 0) {
      throw new IllegalArgumentException(
          "The unknown hours allowed in the window must be at least 0, was " + maxUnknownHours);
    }
  }

  /** The flow every hour of the window must exceed to raise: never below a standstill. */
  public double raiseFloorM3PerH() {
    return Math.max(minLeakFlowM3PerH, standstillThresholdM3);
  }

  /** How far back the rule looks: the window plus the unknown hours it may span. */
  public int lookbackHours() {
    return windowHours + maxUnknownHours;
  }

  Map<String, String> parameters() {
    return Map.of(
        "standstillThresholdM3", Quantities.plain(standstillThresholdM3),
        "minLeakFlowM3PerH", Quantities.plain(minLeakFlowM3PerH),
        "windowHours", Integer.toString(windowHours),
        "maxUnknownHours", Integer.toString(maxUnknownHours));
  }
}
