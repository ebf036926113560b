package io.meterflow.periodize.cumulative;

import io.meterflow.contracts.IntervalFlag;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.periodize.dedup.ReadLog;
import io.meterflow.periodize.grid.IntervalGrid;
import io.meterflow.periodize.statement.AffectedSpan;
import io.meterflow.periodize.statement.IntervalCalculator;
import io.meterflow.periodize.statement.IntervalStatement;
import io.meterflow.periodize.statement.SeriesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Intervals of a CUMULATIVE register (an index): the index at each boundary is interpolated
 * linearly between the reads around it, and the consumption is the difference of the boundary
 * indexes. Neighbouring intervals share their boundary index, so over any span without a reset the
 * consumptions add up to the index difference (exactly, bar the rounding of the sum).
 *
 * <p>Quality, from the reads that fix the two boundaries (a boundary on a read is fixed by it, any
 * other by the segment between the reads around it):
 *
 * <ul>
 *   <li>MEASURED: both boundary segments are no longer than the interval, so a read lies inside or
 *       at each bound (reads at least as dense as the interval);
 *   <li>INTERPOLATED: the longer boundary segment is at most the gap limit;
 *   <li>ESTIMATED (flag GAP): it is longer; linear interpolation spreads the gap evenly;
 *   <li>INVALID (flag METER_RESET, consumption 0): a reset segment overlaps the interval.
 * </ul>
 *
 * A gap strictly inside an interval does not lower its quality: its consumption is the difference
 * of two well-fixed boundary indexes whatever happened between them.
 */
public final class CumulativeIntervals implements IntervalCalculator, Serializable {

  private final SegmentClassifier classifier;
  private final long gapLimitMillis;

  public CumulativeIntervals(SegmentClassifier classifier, long gapLimitMillis) {
    this.classifier = classifier;
    this.gapLimitMillis = gapLimitMillis;
  }

  @Override
  public Optional<IntervalStatement> state(
      ReadLog log, long start, long end, SeriesContext context) {
    int before = log.lastAtOrBefore(start);
    int after = log.firstAtOrAfter(end);
    if (before < 0 || after >= log.size()) {
      return Optional.empty();
    }
    int flags = log.corrected(before) ? IntervalStatement.bit(IntervalFlag.CORRECTED) : 0;
    boolean reset = false;
    int wraps = 0;
    for (int i = before + 1; i <= after; i++) {
      SegmentKind kind = classifier.classify(log, i, context);
      if (log.corrected(i)) {
        flags |= IntervalStatement.bit(IntervalFlag.CORRECTED);
      }
      switch (kind) {
        case RESET -> reset = true;
        case NEGATIVE -> flags |= IntervalStatement.bit(IntervalFlag.NEGATIVE);
        case ROLLOVER -> {
          flags |= IntervalStatement.bit(IntervalFlag.ROLLOVER);
          // Counted once the wrap is behind the end boundary, whose index is then post-wrap.
          if (log.time(i) <= end) {
            wraps++;
          }
        }
        case NORMAL -> {}
      }
    }
    int firstInside = log.time(before) == start ? before : before + 1;
    int readingCount = after - firstInside;
    Double startIndex = boundaryIndex(log, before, start, context);
    Double endIndex = boundaryIndex(log, after, end, context);
    Double displayedStart = displayed(startIndex, context);
    Double displayedEnd = displayed(endIndex, context);
    if (reset) {
      int resetFlags =
          (flags & IntervalStatement.bit(IntervalFlag.CORRECTED))
              | IntervalStatement.bit(IntervalFlag.METER_RESET);
      return Optional.of(
          IntervalStatement.ofIndexes(
              start,
              end,
              0.0,
              displayedStart,
              displayedEnd,
              readingCount,
              IntervalQuality.INVALID,
              resetFlags));
    }
    double consumption = endIndex - startIndex + wraps * context.digitLimit();
    long widestGap = Math.max(boundaryGap(log, before, start), boundaryGap(log, after, end));
    IntervalQuality quality = quality(widestGap, end - start);
    if (quality == IntervalQuality.ESTIMATED) {
      flags |= IntervalStatement.bit(IntervalFlag.GAP);
    }
    return Optional.of(
        IntervalStatement.ofIndexes(
            start, end, consumption, displayedStart, displayedEnd, readingCount, quality, flags));
  }

  @Override
  public long earliestStart(ReadLog log) {
    return log.firstTime();
  }

  @Override
  public long readyLimit(ReadLog log, List<IntervalGrid> grids) {
    return log.lastTime();
  }

  @Override
  public long settledThrough(ReadLog log, long mergeableFrom) {
    // A mergeable reading restates from the read before it, at the earliest the last read that
    // can no longer change.
    int anchor = log.lastBefore(mergeableFrom);
    return anchor >= 0 ? log.time(anchor) : Long.MIN_VALUE;
  }

  @Override
  public AffectedSpan affectedSpan(ReadLog log, long time) {
    int previous = log.lastBefore(time);
    int next = log.firstAfter(time);
    return new AffectedSpan(
        previous >= 0 ? log.time(previous) : time, next < log.size() ? log.time(next) : time);
  }

  private IntervalQuality quality(long widestGap, long length) {
    if (widestGap <= length) {
      return IntervalQuality.MEASURED;
    }
    return widestGap <= gapLimitMillis ? IntervalQuality.INTERPOLATED : IntervalQuality.ESTIMATED;
  }

  /** 0 when a read lies on the boundary, else the length of the segment around it. */
  private static long boundaryGap(ReadLog log, int nearest, long boundary) {
    if (log.time(nearest) == boundary) {
      return 0;
    }
    int segmentEnd = log.time(nearest) > boundary ? nearest : nearest + 1;
    return log.time(segmentEnd) - log.time(segmentEnd - 1);
  }

  /**
   * The index at a boundary, before the wrap of a rollover segment it lies in (so it may exceed the
   * digit limit); null inside a reset segment, where no index can be stated.
   *
   * @param nearest the read at or before the boundary, or the read at or after it
   */
  private Double boundaryIndex(ReadLog log, int nearest, long boundary, SeriesContext context) {
    if (log.time(nearest) == boundary) {
      return log.value(nearest);
    }
    int segmentEnd = log.time(nearest) > boundary ? nearest : nearest + 1;
    SegmentKind kind = classifier.classify(log, segmentEnd, context);
    if (kind == SegmentKind.RESET) {
      return null;
    }
    long startTime = log.time(segmentEnd - 1);
    double fraction = (double) (boundary - startTime) / (log.time(segmentEnd) - startTime);
    return log.value(segmentEnd - 1)
        + SegmentClassifier.delta(log, segmentEnd, kind, context) * fraction;
  }

  /** The index as the register shows it: wrapped back below the digit limit. */
  private static Double displayed(Double index, SeriesContext context) {
    if (index == null || !context.hasDigitLimit() || index < context.digitLimit()) {
      return index;
    }
    return index - context.digitLimit();
  }
}
