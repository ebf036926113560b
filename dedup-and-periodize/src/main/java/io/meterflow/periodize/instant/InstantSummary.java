package io.meterflow.periodize.instant;

import io.meterflow.contracts.IntervalFlag;
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
 * Intervals of an INSTANT register (voltage, power, flow, temperature): the least, mean and
 * greatest of the readings taken inside the interval; the consumption field holds the mean. An
 * interval without readings is not stated. Nothing after an interval changes it, so it is stated as
 * soon as the watermark passes its end.
 */
public final class InstantSummary implements IntervalCalculator, Serializable {

  @Override
  public Optional<IntervalStatement> state(
      ReadLog log, long start, long end, SeriesContext context) {
    int first = log.firstAtOrAfter(start);
    int pastLast = log.firstAtOrAfter(end);
    if (first >= pastLast) {
      return Optional.empty();
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    int flags = 0;
    for (int i = first; i < pastLast; i++) {
      double value = log.value(i);
      min = Math.min(min, value);
      max = Math.max(max, value);
      sum += value;
      if (log.corrected(i)) {
        flags |= IntervalStatement.bit(IntervalFlag.CORRECTED);
      }
    }
    int count = pastLast - first;
    return Optional.of(IntervalStatement.ofValues(start, end, sum / count, min, max, count, flags));
  }

  @Override
  public long earliestStart(ReadLog log) {
    return log.firstTime();
  }

  @Override
  public long readyLimit(ReadLog log, List<IntervalGrid> grids) {
    long limit = log.lastTime();
    for (IntervalGrid grid : grids) {
      limit = Math.max(limit, grid.endOf(grid.startOf(log.lastTime())));
    }
    return limit;
  }

  @Override
  public long settledThrough(ReadLog log, long mergeableFrom) {
    return mergeableFrom;
  }

  @Override
  public AffectedSpan affectedSpan(ReadLog log, long time) {
    return new AffectedSpan(time, time + 1);
  }
}
