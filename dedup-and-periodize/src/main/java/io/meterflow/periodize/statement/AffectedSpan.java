package io.meterflow.periodize.statement;

/**
 * The time span [from, to) that a change of one read can affect: an interval may change only if it
 * overlaps it.
 */
public record AffectedSpan(long from, long to) {

  /** True when the interval [start, end) overlaps the span. */
  public boolean overlaps(long start, long end) {
    return start < to && end > from;
  }
}
