package io.meterflow.power.zero;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.power.meter.RuleStep;
import io.meterflow.power.meter.Spans;
import io.meterflow.power.meter.Verdict;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * ZERO_CONSUMPTION: an active meter reports intervals without consumption for the whole period (72
 * h); clears with the first interval with consumption.
 *
 * <p>Judged on the reported intervals, never on silence: a meter that stops reporting is a
 * COMMUNICATION_LOSS, not a zero consumption, and the end of a backfill's input raises nothing for
 * the time beyond its data. The intervals are released in event-time order by the watermark, so the
 * alarm comes when the watermark passes the interval that completes the period, in streaming and in
 * BATCH alike. Interpolated and estimated intervals count: a gap across which the index did not
 * move is a gap without consumption. INVALID ones (across a reset) say nothing.
 */
public final class ZeroConsumptionRule implements Serializable {

  public static final String HOURS = "hoursWithoutConsumption";

  private final ZeroConsumptionConfig config;

  public ZeroConsumptionRule(ZeroConsumptionConfig config) {
    this.config = config;
  }

  /**
   * Judges one interval of the meter's finest resolution, in event-time order.
   *
   * @param since since when (epoch ms) the meter has reported no consumption; null before its first
   *     interval
   * @param active false for a meter registered as disconnected, which may well consume nothing
   * @return the verdict, and the new {@code since}
   */
  public RuleStep<Long> observe(Long since, IntervalConsumption interval, boolean active) {
    if (interval.getQuality() == IntervalQuality.INVALID) {
      return new RuleStep<>(Verdict.NONE, since);
    }
    Instant start = interval.getIntervalStart();
    Instant end = interval.getIntervalEnd();
    if (interval.getConsumption() > config.thresholdKwh()) {
      Verdict resumed =
          new Verdict.Ended(
              start, end, "Consumption resumed", Map.of(HOURS, hoursSince(since, start)));
      return new RuleStep<>(resumed, end.toEpochMilli());
    }
    long from = since == null ? start.toEpochMilli() : since;
    if (!active) {
      return new RuleStep<>(
          new Verdict.Ended(start, end, "The meter is registered as inactive", Map.of()), from);
    }
    Duration without = Duration.ofMillis(end.toEpochMilli() - from);
    if (without.compareTo(config.period()) < 0) {
      return new RuleStep<>(Verdict.NONE, from);
    }
    AlarmFinding finding =
        new AlarmFinding(
            config.severity(),
            "No consumption for " + Spans.describe(without) + " on an active meter",
            Map.of(HOURS, Spans.hours(without.toMillis())));
    return new RuleStep<>(new Verdict.Holds(Instant.ofEpochMilli(from), end, finding), from);
  }

  private static double hoursSince(Long since, Instant until) {
    return since == null ? 0 : Spans.hours(until.toEpochMilli() - since);
  }
}
