package io.meterflow.periodize.statement;

import io.meterflow.periodize.dedup.ReadLog;
import io.meterflow.periodize.grid.IntervalGrid;
import java.util.List;
import java.util.Optional;

/**
 * States intervals from the reads of a series, for one kind of register. A statement is a pure
 * function of the reads and the context: the same reads give the same statement whatever order they
 * arrived in, which is what makes restatements exact and the output order-independent.
 */
public interface IntervalCalculator {

  /** The statement of [start, end), or empty when the reads cannot state it. */
  Optional<IntervalStatement> state(ReadLog log, long start, long end, SeriesContext context);

  /** No interval that starts before this can be stated from the log. */
  long earliestStart(ReadLog log);

  /**
   * Intervals ending at or before this may be stated once the watermark has passed their end; later
   * ones wait for more reads.
   */
  long readyLimit(ReadLog log, List<IntervalGrid> grids);

  /** The span of intervals that adding or correcting the read at this time may change. */
  AffectedSpan affectedSpan(ReadLog log, long time);

  /**
   * No interval ending at or before the returned time can change any more once readings before
   * mergeableFrom are too late; Long.MIN_VALUE when that cannot be told yet.
   */
  long settledThrough(ReadLog log, long mergeableFrom);
}
