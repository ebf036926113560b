package io.meterflow.periodize.cumulative;

import io.meterflow.contracts.CanonicalUnit;
import java.io.Serializable;

/**
 * How far a cumulative index may go down and still be a NEGATIVE consumption (backflow, jitter)
 * rather than a rollover or a reset: the larger of an absolute tolerance per unit and a fraction of
 * the previous index.
 */
public record NegativeTolerance(double cubicMetres, double kilowattHours, double relative)
    implements Serializable {

  public NegativeTolerance {
    if (cubicMetres < 0 || kilowattHours < 0 || relative < 0) {
      throw new IllegalArgumentException(
          "Invalid setting periodize.negative-tolerance.*: tolerances must not be negative");
    }
  }

  /** The largest decrease from the previous index that is still NEGATIVE. */
  public double allowedDecrease(CanonicalUnit unit, double previousIndex) {
    double absolute =
        switch (unit) {
          case M3 -> cubicMetres;
          case KWH -> kilowattHours;
          default -> 0.0;
        };
    return Math.max(absolute, relative * Math.abs(previousIndex));
  }
}
