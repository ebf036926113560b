package io.meterflow.periodize.series;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.RejectedRecord;
import io.meterflow.periodize.PeriodizeSettings;
import io.meterflow.periodize.aggregate.AggregateContribution;
import io.meterflow.periodize.dedup.ReadOutcome;
import io.meterflow.periodize.device.SeriesReading;
import org.apache.flink.annotation.VisibleForTesting;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Deduplicates and periodizes the readings of one series (keyed by RecordKeys.series), in event
 * time; the rules are those of {@link SeriesPeriodization}. Intervals are the main output;
 * accepted, late and rejected readings and aggregate contributions are side outputs.
 *
 * <p>State: one compact {@link SeriesState} per series, with a processing-time TTL as a safety net
 * behind the single event-time timer each series has at most, which states intervals, forgets
 * settled reads and finally clears the series once it has been quiet beyond the baseline retention.
 */
public class SeriesPeriodizer
    extends KeyedProcessFunction<String, SeriesReading, IntervalConsumption> {

  /** New and corrected readings, for the readings table. */
  public static final OutputTag<MeterReading> ACCEPTED =
      new OutputTag<>("accepted-readings", TypeInformation.of(MeterReading.class));

  /** Readings later than the allowed lateness, for meter.readings.late and the readings table. */
  public static final OutputTag<MeterReading> LATE =
      new OutputTag<>("late-readings", TypeInformation.of(MeterReading.class));

  /** Readings that cannot be periodized, with the reason. */
  public static final OutputTag<RejectedRecord> REJECTED =
      new OutputTag<>("rejected-readings", TypeInformation.of(RejectedRecord.class));

  /** Changes to the aggregates, for the aggregator. */
  public static final OutputTag<AggregateContribution> CONTRIBUTIONS =
      new OutputTag<>("aggregate-contributions", TypeInformation.of(AggregateContribution.class));

  private final SeriesPeriodization periodization;
  private transient ValueState<SeriesState> series;
  private transient Counter in;
  private transient Counter accepted;
  private transient Counter duplicates;
  private transient Counter late;
  private transient Counter rejected;
  private transient Counter corrections;

  public SeriesPeriodizer(PeriodizeSettings settings) {
    this.periodization = new SeriesPeriodization(settings);
  }

  @Override
  public void open(OpenContext openContext) {
    ValueStateDescriptor<SeriesState> descriptor =
        new ValueStateDescriptor<>("series", TypeInformation.of(SeriesState.class));
    // The series' own timer drops its state once it has been quiet beyond the baseline
    // retention, so TTL is only a safety net: expired state is dropped from full snapshots and in
    // RocksDB compactions, not incrementally on every access, which took about 40 % of this
    // operator's time on the heap backend (docs/benchmarks.md).
    descriptor.enableTimeToLive(
        StateTtlConfig.newBuilder(periodization.settings().stateTtl())
            .disableCleanupInBackground()
            .cleanupFullSnapshot()
            .cleanupInRocksdbCompactFilter(1000)
            .build());
    series = getRuntimeContext().getState(descriptor);
    MetricGroup metrics = getRuntimeContext().getMetricGroup();
    in = metrics.counter("readingsIn");
    accepted = metrics.counter("readingsAccepted");
    duplicates = metrics.counter("readingsDuplicate");
    late = metrics.counter("readingsLate");
    rejected = metrics.counter("readingsRejected");
    corrections = metrics.counter("readingsCorrected");
  }

  @Override
  public void processElement(
      SeriesReading enriched, Context ctx, Collector<IntervalConsumption> out) throws Exception {
    in.inc();
    MeterReading reading = enriched.reading;
    long time = reading.getReadingTime().toEpochMilli();
    long watermark = ctx.timerService().currentWatermark();
    if (!Double.isFinite(reading.getValue())) {
      reject(ctx, reading, RejectReason.NON_FINITE_VALUE, "value is " + reading.getValue());
      return;
    }
    if (periodization.lateness().isTooLate(time, watermark)) {
      late.inc();
      ctx.output(LATE, reading);
      return;
    }
    SeriesState stored = series.value();
    OpenSeries open =
        stored == null ? OpenSeries.start(reading.getKind()) : OpenSeries.open(stored);
    if (open.kind() != reading.getKind()) {
      reject(
          ctx,
          reading,
          RejectReason.INVALID_FIELD,
          "kind "
              + reading.getKind()
              + " conflicts with the "
              + open.kind()
              + " readings of series "
              + ctx.getCurrentKey());
      return;
    }
    open.useMasterData(enriched);
    SeriesKey key = SeriesKey.parse(ctx.getCurrentKey());
    OperatorSink sink = new OperatorSink(out, ctx);
    ReadOutcome outcome = periodization.accept(open, key, time, reading.getValue(), sink);
    if (outcome == ReadOutcome.DUPLICATE) {
      duplicates.inc();
      return;
    }
    accepted.inc();
    if (outcome == ReadOutcome.CORRECTION) {
      corrections.inc();
    }
    ctx.output(ACCEPTED, reading);
    periodization.advance(open, key, watermark, sink);
    schedule(open, watermark, ctx.timerService());
    series.update(open.toState());
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<IntervalConsumption> out)
      throws Exception {
    SeriesState stored = series.value();
    if (stored == null) {
      return;
    }
    OpenSeries open = OpenSeries.open(stored);
    if (open.timer() == timestamp) {
      open.timer(OpenSeries.NOTHING);
    }
    long watermark = ctx.timerService().currentWatermark();
    SeriesKey key = SeriesKey.parse(ctx.getCurrentKey());
    periodization.advance(open, key, watermark, new OperatorSink(out, ctx));
    if (periodization.isExpired(open, watermark)) {
      if (open.timer() != OpenSeries.NOTHING) {
        ctx.timerService().deleteEventTimeTimer(open.timer());
      }
      series.clear();
      return;
    }
    schedule(open, watermark, ctx.timerService());
    series.update(open.toState());
  }

  /** The readings accounted so far by this instance (for tests; the job reports the metrics). */
  @VisibleForTesting
  public ReadingCounts counts() {
    return new ReadingCounts(
        in.getCount(),
        accepted.getCount(),
        duplicates.getCount(),
        late.getCount(),
        rejected.getCount(),
        corrections.getCount());
  }

  /** Keeps exactly one timer per series, at the next time the series needs the watermark. */
  private void schedule(OpenSeries open, long watermark, TimerService timers) {
    long next = periodization.nextWakeUp(open, watermark);
    if (next == open.timer()) {
      return;
    }
    if (open.timer() != OpenSeries.NOTHING) {
      timers.deleteEventTimeTimer(open.timer());
    }
    if (next != OpenSeries.NOTHING) {
      timers.registerEventTimeTimer(next);
    }
    open.timer(next);
  }

  private void reject(Context ctx, MeterReading reading, RejectReason reason, String detail) {
    rejected.inc();
    ctx.output(
        REJECTED,
        RejectedRecord.newBuilder()
            .setTenant(reading.getTenant())
            .setSourceSystem(reading.getSourceSystem())
            .setSourceFormat(reading.getSourceFormat())
            .setSourceLocation(null)
            .setReason(reason)
            .setDetail("Reading " + reading.getReadingId() + " not periodized: " + detail)
            .setOriginalBytes(null)
            .setOriginalText(reading.toString())
            .setIngestTime(reading.getReceivedTime())
            .build());
  }

  /** Statements to the operator's outputs. */
  private record OperatorSink(Collector<IntervalConsumption> out, Context ctx)
      implements StatementSink {

    @Override
    public void interval(IntervalConsumption interval) {
      out.collect(interval);
    }

    @Override
    public void contribution(AggregateContribution contribution) {
      ctx.output(CONTRIBUTIONS, contribution);
    }
  }
}
