package io.meterflow.periodize.cumulative;

import io.meterflow.periodize.dedup.ReadLog;
import io.meterflow.periodize.statement.SeriesContext;
import java.io.Serializable;

/** Decides the {@link SegmentKind} of the segment between two consecutive reads of an index. */
public final class SegmentClassifier implements Serializable {

  private final NegativeTolerance tolerance;
  private final double rolloverMargin;

  public SegmentClassifier(NegativeTolerance tolerance, double rolloverMargin) {
    this.tolerance = tolerance;
    this.rolloverMargin = rolloverMargin;
  }

  /** The kind of the segment that ends at the read with this index (index >= 1). */
  public SegmentKind classify(ReadLog log, int index, SeriesContext context) {
    long startTime = log.time(index - 1);
    long endTime = log.time(index);
    // A read at the replacement time is the new meter's: its index restarted "then".
    if (context.replacementTime() > startTime && context.replacementTime() <= endTime) {
      return SegmentKind.RESET;
    }
    double previous = log.value(index - 1);
    double next = log.value(index);
    if (next >= previous) {
      return SegmentKind.NORMAL;
    }
    if (previous - next <= tolerance.allowedDecrease(context.unit(), previous)) {
      return SegmentKind.NEGATIVE;
    }
    if (context.hasDigitLimit()) {
      double unwrapped = next + context.digitLimit() - previous;
      if (unwrapped >= 0 && unwrapped < rolloverMargin * context.digitLimit()) {
        return SegmentKind.ROLLOVER;
      }
    }
    return SegmentKind.RESET;
  }

  /** The consumption over a segment that is not a reset, unwrapped across a rollover. */
  public static double delta(ReadLog log, int index, SegmentKind kind, SeriesContext context) {
    double change = log.value(index) - log.value(index - 1);
    return kind == SegmentKind.ROLLOVER ? change + context.digitLimit() : change;
  }
}
