package io.meterflow.periodize.interval;

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
 * Intervals of an INTERVAL register: each reading is a delta over the read period ending at its
 * reading time, summed into the intervals it covers (split in proportion to the overlap where it
 * straddles a boundary). Completeness is the covered share of the interval.
 *
 * <p>Quality: MEASURED when the deltas cover the whole interval; otherwise ESTIMATED with the flag
 * INCOMPLETE, the consumption being the sum of the deltas received (not extrapolated: divide by the
 * completeness for a full-interval figure). ESTIMATED keeps a partial sum from being trusted as a
 * measurement, e.g. as an hour at standstill by leak detection. An interval that no delta covers is
 * not stated.
 */
public final class DeltaSums implements IntervalCalculator, Serializable {

  private final long periodMillis;

  public DeltaSums(long periodMillis) {
    this.periodMillis = periodMillis;
  }

  @Override
  public Optional<IntervalStatement> state(
      ReadLog log, long start, long end, SeriesContext context) {
    if (log.isEmpty() || log.lastTime() < end) {
      return Optional.empty();
    }
    double sum = 0;
    long covered = 0;
    int count = 0;
    int flags = 0;
    for (int i = log.firstAfter(start); i < log.size() && log.time(i) - periodMillis < end; i++) {
      long time = log.time(i);
      long overlap = Math.min(time, end) - Math.max(time - periodMillis, start);
      double value = log.value(i);
      sum += overlap == periodMillis ? value : value * overlap / periodMillis;
      covered += overlap;
      count++;
      if (log.corrected(i)) {
        flags |= IntervalStatement.bit(IntervalFlag.CORRECTED);
      }
    }
    if (count == 0) {
      return Optional.empty();
    }
    long length = end - start;
    IntervalQuality quality = IntervalQuality.MEASURED;
    if (covered < length) {
      quality = IntervalQuality.ESTIMATED;
      flags |= IntervalStatement.bit(IntervalFlag.INCOMPLETE);
    }
    double completeness = Math.min(1.0, (double) covered / length);
    return Optional.of(
        new IntervalStatement(
            start, end, sum, null, null, null, null, count, completeness, quality, flags));
  }

  @Override
  public long earliestStart(ReadLog log) {
    return log.firstTime() - periodMillis;
  }

  @Override
  public long readyLimit(ReadLog log, List<IntervalGrid> grids) {
    return log.lastTime();
  }

  @Override
  public long settledThrough(ReadLog log, long mergeableFrom) {
    return mergeableFrom - periodMillis;
  }

  @Override
  public AffectedSpan affectedSpan(ReadLog log, long time) {
    return new AffectedSpan(time - periodMillis, time);
  }
}
