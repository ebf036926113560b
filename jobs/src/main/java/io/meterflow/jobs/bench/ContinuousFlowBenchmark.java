package io.meterflow.jobs.bench;

import io.meterflow.leak.config.LeakDetectionSettings;
import io.meterflow.leak.continuousflow.ContinuousFlowRule;
import io.meterflow.leak.continuousflow.ContinuousFlowState;
import io.meterflow.leak.episode.RuleVerdict;
import io.meterflow.leak.interval.FlowSample;
import java.time.Instant;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The leak-detection continuous-flow rule with its default thresholds on the next measured hour of
 * one water meter, as the flow operator calls it per hourly interval: a household whose nights
 * stand still (the rule never raises), and a leak of 20 L/h under it (after a day, an open episode
 * updated every hour).
 */
@State(Scope.Thread)
public class ContinuousFlowBenchmark {

  private static final long MILLIS_PER_HOUR = 3_600_000L;

  /** A household's hourly use (m3) over a day: standstill at night, peaks morning and evening. */
  private static final double[] HOUSEHOLD_DAY = {
    0, 0, 0, 0, 0, 0.004, 0.030, 0.045, 0.020, 0.010, 0.008, 0.012, 0.025, 0.015, 0.008, 0.006,
    0.010, 0.020, 0.040, 0.035, 0.025, 0.015, 0.006, 0.001
  };

  private static final double LEAK_M3_PER_H = 0.020;

  private ContinuousFlowRule rule;
  private ContinuousFlowState state;
  private long hour;

  @Setup
  public void setUp() {
    rule = LeakDetectionSettings.defaults().rulesFor(FleetReadings.TENANT).continuousFlow();
    state = new ContinuousFlowState();
    hour = FleetReadings.START.toEpochMilli() / MILLIS_PER_HOUR;
  }

  @Benchmark
  public Optional<RuleVerdict> householdHour() {
    return rule.onHour(state, nextHour(householdM3()));
  }

  @Benchmark
  public Optional<RuleVerdict> leakingHour() {
    return rule.onHour(state, nextHour(householdM3() + LEAK_M3_PER_H));
  }

  private double householdM3() {
    return HOUSEHOLD_DAY[(int) (hour % HOUSEHOLD_DAY.length)];
  }

  private FlowSample nextHour(double volumeM3) {
    Instant start = Instant.ofEpochMilli(hour * MILLIS_PER_HOUR);
    hour++;
    return new FlowSample(start, Instant.ofEpochMilli(hour * MILLIS_PER_HOUR), volumeM3, true, 1);
  }
}
