package io.meterflow.leak.interval;

import io.meterflow.contracts.IntervalConsumption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest statement of each interval among those that came due together: a restatement (higher
 * version) replaces the earlier statement, an equal or lower version is a duplicate. So no interval
 * is ever counted twice.
 */
public final class LatestStatements {

  private LatestStatements() {}

  /**
   * One statement per interval, finer resolutions first: at the same end time, the 15-minute
   * intervals must be seen before the hourly one they are part of.
   */
  public static List<IntervalConsumption> of(List<IntervalConsumption> due) {
    Map<Slot, IntervalConsumption> latest = new LinkedHashMap<>();
    for (IntervalConsumption interval : due) {
      latest.merge(
          new Slot(interval.getIntervalStart(), interval.getIntervalEnd()),
          interval,
          (kept, other) -> other.getVersion() > kept.getVersion() ? other : kept);
    }
    List<IntervalConsumption> ordered = new ArrayList<>(latest.values());
    ordered.sort(
        Comparator.comparing(IntervalConsumption::getIntervalEnd)
            .thenComparing(IntervalConsumption::getIntervalStart, Comparator.reverseOrder()));
    return ordered;
  }

  private record Slot(Instant start, Instant end) {}
}
