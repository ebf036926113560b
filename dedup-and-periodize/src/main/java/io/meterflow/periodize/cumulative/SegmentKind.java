package io.meterflow.periodize.cumulative;

/** What happened to a cumulative index between two consecutive reads. */
public enum SegmentKind {
  /** The index went up or stayed. */
  NORMAL,
  /** The index went down within tolerance: kept as a negative consumption. */
  NEGATIVE,
  /** The index wrapped at its digit limit: unwrapped. */
  ROLLOVER,
  /** Any other decrease, or a known replacement: a new baseline, nothing can be stated across. */
  RESET
}
