package io.meterflow.jobs.demo;

import io.meterflow.contracts.AlarmType;
import java.util.Locale;

/**
 * Detection of one alarm type against the ground truth.
 *
 * @param injected faults of the type the simulator injected
 * @param detected alarm episodes of the type the suite raised
 * @param injectedFound injected faults matched by at least one detected episode
 * @param detectedTrue detected episodes that match an injected fault
 */
public record TypeScore(
    AlarmType type, int injected, int detected, int injectedFound, int detectedTrue) {

  /** Share of the detected episodes that are true; 1 when nothing was detected (no false alarm). */
  public double precision() {
    return detected == 0 ? 1.0 : (double) detectedTrue / detected;
  }

  /** Share of the injected faults that were found; 1 when nothing was injected (nothing missed). */
  public double recall() {
    return injected == 0 ? 1.0 : (double) injectedFound / injected;
  }

  /** The machine-readable report line. */
  public String line() {
    return String.format(
        Locale.ROOT,
        "DETECTION %s injected=%d detected=%d precision=%.2f recall=%.2f",
        type,
        injected,
        detected,
        precision(),
        recall());
  }
}
