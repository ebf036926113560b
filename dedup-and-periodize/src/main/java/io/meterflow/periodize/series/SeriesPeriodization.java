package io.meterflow.periodize.series;

import io.meterflow.contracts.AggregateScope;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalFlag;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.periodize.PeriodizeSettings;
import io.meterflow.periodize.aggregate.AggregateContribution;
import io.meterflow.periodize.cumulative.CumulativeIntervals;
import io.meterflow.periodize.cumulative.SegmentClassifier;
import io.meterflow.periodize.dedup.ReadLog;
import io.meterflow.periodize.dedup.ReadOutcome;
import io.meterflow.periodize.grid.IntervalGrid;
import io.meterflow.periodize.grid.Resolution;
import io.meterflow.periodize.instant.InstantSummary;
import io.meterflow.periodize.interval.DeltaSums;
import io.meterflow.periodize.lateness.LatenessPolicy;
import io.meterflow.periodize.statement.AffectedSpan;
import io.meterflow.periodize.statement.IntervalCalculator;
import io.meterflow.periodize.statement.IntervalStatement;
import io.meterflow.periodize.statement.SeriesContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Deduplication and periodization of one series, free of Flink: the operator feeds it readings and
 * watermarks, and it answers with statements and the time it next needs to be woken.
 *
 * <p>Rules, all in event time:
 *
 * <ul>
 *   <li>a reading for a slot (reading time) that has one is a duplicate when the value is the same,
 *       else a correction that replaces the value;
 *   <li>an interval is first stated (version 1) once the watermark has passed its end and the reads
 *       can state it (for an index: a read at or after its end is known);
 *   <li>a new or corrected read restates (version + 1) every stated interval whose statement it
 *       changes, found by stating the intervals it can affect before and after the change;
 *   <li>the reads are kept only as far back as a mergeable reading could still restate from, and
 *       the last read alone for the baseline retention, after which nothing is left.
 * </ul>
 */
public final class SeriesPeriodization implements Serializable {

  private final PeriodizeSettings settings;
  private final LatenessPolicy lateness;
  private final CumulativeIntervals cumulative;
  private final DeltaSums deltas;
  private final InstantSummary instant;
  private final long baselineRetentionMillis;
  private final long settleMillis;

  public SeriesPeriodization(PeriodizeSettings settings) {
    this.settings = settings;
    this.lateness = new LatenessPolicy(settings.allowedLateness());
    this.cumulative =
        new CumulativeIntervals(
            new SegmentClassifier(settings.negativeTolerance(), settings.rolloverMargin()),
            settings.gapLimit().toMillis());
    this.deltas = new DeltaSums(settings.intervalReadPeriod().toMillis());
    this.instant = new InstantSummary();
    this.baselineRetentionMillis = settings.baselineRetention().toMillis();
    // Past the last read by this much, nothing but the baseline can be needed any more.
    this.settleMillis =
        settings.allowedLateness().toMillis() + settings.intervalReadPeriod().toMillis() + 1;
  }

  public PeriodizeSettings settings() {
    return settings;
  }

  public LatenessPolicy lateness() {
    return lateness;
  }

  /** Merges a reading that is not too late into its series. */
  public ReadOutcome accept(
      OpenSeries series, SeriesKey key, long time, double rawValue, StatementSink sink) {
    // -0.0 and 0.0 are the same reading; keep one of them so statements compare equal.
    double value = rawValue + 0.0;
    ReadLog log = series.log();
    int slot = log.indexOf(time);
    if (slot >= 0 && log.value(slot) == value) {
      return ReadOutcome.DUPLICATE;
    }
    IntervalCalculator calculator = calculator(series.kind());
    ReadLog before = null;
    AffectedSpan span = null;
    if (calculator != null && !log.isEmpty() && series.statedThrough() != OpenSeries.NOTHING) {
      span = calculator.affectedSpan(log, time);
      if (span.from() < series.statedThrough()) {
        before = log.copy();
      }
    }
    if (slot >= 0) {
      log.correct(slot, value);
    } else {
      log.insert(time, value, false);
    }
    if (before != null) {
      restate(series, key, calculator, before, span, sink);
    }
    return slot >= 0 ? ReadOutcome.CORRECTION : ReadOutcome.NEW;
  }

  /** Brings the series to the watermark: states what became ready, forgets what is settled. */
  public void advance(OpenSeries series, SeriesKey key, long watermark, StatementSink sink) {
    stateReady(series, key, watermark, sink);
    forgetSettled(series, watermark);
  }

  /** True when the series has been quiet beyond the baseline retention: drop all its state. */
  public boolean isExpired(OpenSeries series, long watermark) {
    return series.log().isEmpty()
        || watermark >= saturatedSum(series.log().lastTime(), baselineRetentionMillis);
  }

  /** When the series must be woken next (after the watermark), or OpenSeries.NOTHING. */
  public long nextWakeUp(OpenSeries series, long watermark) {
    ReadLog log = series.log();
    if (log.isEmpty()) {
      return OpenSeries.NOTHING;
    }
    long next = saturatedSum(log.lastTime(), baselineRetentionMillis);
    long settled = saturatedSum(log.lastTime(), settleMillis);
    if (settled > watermark && (log.size() > 1 || !series.versions().isEmpty())) {
      next = Math.min(next, settled);
    }
    IntervalCalculator calculator = calculator(series.kind());
    if (calculator != null) {
      List<IntervalGrid> grids = grids(series);
      long from = Math.max(series.statedThrough(), calculator.earliestStart(log));
      long nextEnd = Long.MAX_VALUE;
      for (IntervalGrid grid : grids) {
        nextEnd = Math.min(nextEnd, grid.endOf(grid.startOf(from)));
      }
      if (nextEnd <= calculator.readyLimit(log, grids)) {
        next = Math.min(next, Math.max(nextEnd, saturatedSum(watermark, 1)));
      }
    }
    return next;
  }

  private void stateReady(OpenSeries series, SeriesKey key, long watermark, StatementSink sink) {
    IntervalCalculator calculator = calculator(series.kind());
    ReadLog log = series.log();
    if (calculator == null || log.isEmpty()) {
      return;
    }
    SeriesContext context = series.context(key.unit(), settings.defaultZone());
    List<Resolution> resolutions = settings.resolutions();
    List<IntervalGrid> grids = grids(series);
    long limit = Math.min(watermark, calculator.readyLimit(log, grids));
    if (limit <= series.statedThrough()) {
      return;
    }
    long from = Math.max(series.statedThrough(), calculator.earliestStart(log));
    for (int r = 0; r < resolutions.size(); r++) {
      IntervalGrid grid = grids.get(r);
      for (long start = grid.startOf(from), end = grid.endOf(start);
          end <= limit;
          start = end, end = grid.endOf(start)) {
        Optional<IntervalStatement> statement = calculator.state(log, start, end, context);
        if (statement.isPresent()) {
          emit(series, key, resolutions.get(r), grid, null, statement.get(), 1, sink);
        }
      }
    }
    series.statedThrough(limit);
  }

  private void restate(
      OpenSeries series,
      SeriesKey key,
      IntervalCalculator calculator,
      ReadLog before,
      AffectedSpan span,
      StatementSink sink) {
    SeriesContext context = series.context(key.unit(), settings.defaultZone());
    List<Resolution> resolutions = settings.resolutions();
    List<IntervalGrid> grids = grids(series);
    for (int r = 0; r < resolutions.size(); r++) {
      IntervalGrid grid = grids.get(r);
      for (long start = grid.startOf(span.from()), end = grid.endOf(start);
          start < span.to() && end <= series.statedThrough();
          start = end, end = grid.endOf(start)) {
        if (!span.overlaps(start, end)) {
          continue;
        }
        Optional<IntervalStatement> previous = calculator.state(before, start, end, context);
        Optional<IntervalStatement> next = calculator.state(series.log(), start, end, context);
        if (next.isEmpty() || next.equals(previous)) {
          continue;
        }
        int version = previous.isPresent() ? series.versions().restate(r, start, end) : 1;
        emit(
            series,
            key,
            resolutions.get(r),
            grid,
            previous.orElse(null),
            next.get(),
            version,
            sink);
      }
    }
  }

  private void forgetSettled(OpenSeries series, long watermark) {
    ReadLog log = series.log();
    long mergeableFrom = lateness.mergeableFrom(watermark);
    if (log.isEmpty() || mergeableFrom == Long.MIN_VALUE) {
      return;
    }
    IntervalCalculator calculator = calculator(series.kind());
    long settled =
        calculator == null ? mergeableFrom : calculator.settledThrough(log, mergeableFrom);
    if (settled == Long.MIN_VALUE) {
      return;
    }
    long keepFrom = settled;
    for (IntervalGrid grid : grids(series)) {
      keepFrom = Math.min(keepFrom, grid.startOf(settled));
    }
    // The read at or before the oldest boundary still needed fixes that boundary.
    log.dropBefore(log.lastAtOrBefore(keepFrom));
    series.versions().forgetThrough(settled);
  }

  private void emit(
      OpenSeries series,
      SeriesKey key,
      Resolution resolution,
      IntervalGrid grid,
      IntervalStatement previous,
      IntervalStatement next,
      int version,
      StatementSink sink) {
    IntervalStatement stated =
        grid.isIrregular(next.start(), next.end())
            ? next.withFlag(IntervalFlag.DST_TRANSITION)
            : next;
    sink.interval(record(key, resolution, stated, version));
    AggregateScope scope = aggregateScope(series, resolution);
    if (scope != null) {
      AggregateContribution change =
          AggregateContribution.between(
              scope,
              key.tenant(),
              scope == AggregateScope.AREA_HOUR ? series.areaId() : null,
              key.register(),
              key.unit(),
              previous,
              next);
      if (change != null) {
        sink.contribution(change);
      }
    }
  }

  /** Consumption (not instant values) is aggregated: hours per area, local days per tenant. */
  private static AggregateScope aggregateScope(OpenSeries series, Resolution resolution) {
    if (series.kind() != ReadingKind.CUMULATIVE && series.kind() != ReadingKind.INTERVAL) {
      return null;
    }
    if (resolution.isHour() && series.areaId() != null) {
      return AggregateScope.AREA_HOUR;
    }
    return resolution.isLocalDay() ? AggregateScope.TENANT_DAY : null;
  }

  private static IntervalConsumption record(
      SeriesKey key, Resolution resolution, IntervalStatement statement, int version) {
    return IntervalConsumption.newBuilder()
        .setTenant(key.tenant())
        .setMeterId(key.meterId())
        .setRegister(key.register())
        .setResolution(resolution.name())
        .setIntervalStart(Instant.ofEpochMilli(statement.start()))
        .setIntervalEnd(Instant.ofEpochMilli(statement.end()))
        .setConsumption(statement.consumption())
        .setUnit(key.unit())
        .setStartIndex(statement.startIndex())
        .setEndIndex(statement.endIndex())
        .setMinValue(statement.minValue())
        .setMaxValue(statement.maxValue())
        .setReadingCount(statement.readingCount())
        .setCompleteness(statement.completeness())
        .setQuality(statement.quality())
        .setFlags(statement.flags())
        .setVersion(version)
        .build();
  }

  private List<IntervalGrid> grids(OpenSeries series) {
    ZoneId zone = series.zone(settings.defaultZone());
    return settings.resolutions().stream().map(r -> r.grid(zone)).toList();
  }

  /** The calculator of the kind; null for EVENT readings, which are deduplicated only. */
  private IntervalCalculator calculator(ReadingKind kind) {
    return switch (kind) {
      case CUMULATIVE -> cumulative;
      case INTERVAL -> deltas;
      case INSTANT -> instant;
      case EVENT -> null;
    };
  }

  private static long saturatedSum(long time, long duration) {
    return time > Long.MAX_VALUE - duration ? Long.MAX_VALUE : time + duration;
  }
}
