package io.meterflow.jobs.bench;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.periodize.PeriodizeSettings;
import io.meterflow.periodize.aggregate.AggregateContribution;
import io.meterflow.periodize.dedup.ReadOutcome;
import io.meterflow.periodize.series.OpenSeries;
import io.meterflow.periodize.series.SeriesKey;
import io.meterflow.periodize.series.SeriesPeriodization;
import io.meterflow.periodize.series.SeriesState;
import io.meterflow.periodize.series.StatementSink;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One 15-minute index read of a series through deduplication, interpolation and interval assembly
 * (PT15M, PT1H, P1D), as the periodizer does per reading: accept, then advance to the watermark;
 * and the same with the state decoded before and encoded after, as the operator does.
 */
@State(Scope.Thread)
public class PeriodizationBenchmark {

  private static final long CADENCE = FleetReadings.CADENCE_MILLIS;

  private SeriesPeriodization periodization;
  private SeriesKey key;
  private OpenSeries series;
  private SeriesState state;
  private long time;

  @Setup
  public void setUp() {
    periodization = new SeriesPeriodization(PeriodizeSettings.defaults());
    key = new SeriesKey(FleetReadings.TENANT, "m1", Register.WATER_VOLUME);
    series = OpenSeries.start(ReadingKind.CUMULATIVE);
    state = series.toState();
    time = FleetReadings.START.toEpochMilli();
  }

  @Benchmark
  public ReadOutcome readAndState(Blackhole blackhole) {
    return step(series, blackhole);
  }

  @Benchmark
  public SeriesState readAndStateWithStateCodec(Blackhole blackhole) {
    OpenSeries open = OpenSeries.open(state);
    blackhole.consume(step(open, blackhole));
    state = open.toState();
    return state;
  }

  private ReadOutcome step(OpenSeries open, Blackhole blackhole) {
    time += CADENCE;
    StatementSink sink = new BlackholeSink(blackhole);
    // An index in whole litres, as a meter sends it (and the read log encodes it: see
    // FleetReadings).
    long step = (time - FleetReadings.START.toEpochMilli()) / CADENCE;
    ReadOutcome outcome = periodization.accept(open, key, time, FleetReadings.index(1, step), sink);
    periodization.advance(open, key, time, sink);
    return outcome;
  }

  private record BlackholeSink(Blackhole blackhole) implements StatementSink {
    @Override
    public void interval(IntervalConsumption interval) {
      blackhole.consume(interval);
    }

    @Override
    public void contribution(AggregateContribution contribution) {
      blackhole.consume(contribution);
    }
  }
}
