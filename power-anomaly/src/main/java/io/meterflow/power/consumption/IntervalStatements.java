package io.meterflow.power.consumption;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.Register;
import java.time.Duration;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * Which intervals of a meter the rules have taken, per register and resolution: the end of the
 * latest. Intervals come in event-time order, so an interval that does not end after the latest is
 * a duplicate or a restatement (a higher version) of one already taken; the rules ignore it, so
 * that nothing is counted twice. Among statements of one interval that arrive together, the highest
 * version is taken.
 *
 * <p>Also knows each register's finest resolution, the one the rules judge at, so that a 15-minute
 * spike and the hour around it do not make two episodes.
 */
final class IntervalStatements {

  private final MapState<String, Long> latestEnd;

  private IntervalStatements(MapState<String, Long> latestEnd) {
    this.latestEnd = latestEnd;
  }

  static IntervalStatements open(RuntimeContext context, StateTtlConfig ttl) {
    MapStateDescriptor<String, Long> descriptor =
        new MapStateDescriptor<>("latest-interval-ends", Types.STRING, Types.LONG);
    descriptor.enableTimeToLive(ttl);
    return new IntervalStatements(context.getMapState(descriptor));
  }

  /** What became of a statement of an interval. */
  enum Statement {
    /** New: it ends after the latest interval taken of its series. */
    TAKEN,
    /** Another statement (a duplicate, a lower or a higher version) of the latest taken. */
    RESTATED,
    /** It ends before the latest taken: it came too late, or restates an earlier interval. */
    LATE
  }

  /** Takes the interval when it is new. */
  Statement take(IntervalConsumption interval, Duration resolution) throws Exception {
    String series = series(interval.getRegister(), resolution);
    Long latest = latestEnd.get(series);
    long end = interval.getIntervalEnd().toEpochMilli();
    if (latest != null && end == latest) {
      return Statement.RESTATED;
    }
    if (latest != null && end < latest) {
      return Statement.LATE;
    }
    latestEnd.put(series, end);
    return Statement.TAKEN;
  }

  /** True when no finer resolution of the register has been taken. */
  boolean isFinest(Register register, Duration resolution) throws Exception {
    String prefix = register.name() + ' ';
    for (String series : latestEnd.keys()) {
      if (series.startsWith(prefix)
          && Duration.parse(series.substring(prefix.length())).compareTo(resolution) < 0) {
        return false;
      }
    }
    return true;
  }

  void clear() {
    latestEnd.clear();
  }

  private static String series(Register register, Duration resolution) {
    return register.name() + ' ' + resolution;
  }
}
