package io.meterflow.periodize.grid;

/** The boundaries of the intervals of one resolution, in epoch milliseconds. */
public interface IntervalGrid {

  /** Start of the interval that contains the instant. */
  long startOf(long instant);

  /** End of the interval that starts at a boundary (the next boundary). */
  long endOf(long start);

  /** True for local days that are not 24 hours long (a DST change inside). */
  boolean isIrregular(long start, long end);
}
