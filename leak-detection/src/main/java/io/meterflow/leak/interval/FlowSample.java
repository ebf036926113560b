package io.meterflow.leak.interval;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import java.time.Duration;
import java.time.Instant;

/**
 * The part of a water interval the leak rules look at: its span, its volume and whether the volume
 * was measured. Interpolated, estimated and invalid intervals are not measured: a gap spread evenly
 * looks like continuous flow, so such intervals neither raise nor clear an alarm.
 *
 * @param volumeM3 consumption over the span (m3)
 * @param version the statement of the interval: a restatement carries a higher version
 */
public record FlowSample(
    Instant start, Instant end, double volumeM3, boolean measured, int version) {

  private static final double MILLIS_PER_HOUR = Duration.ofHours(1).toMillis();

  public static FlowSample of(IntervalConsumption interval) {
    boolean measured =
        interval.getQuality() == IntervalQuality.MEASURED
            && Double.isFinite(interval.getConsumption());
    return new FlowSample(
        interval.getIntervalStart(),
        interval.getIntervalEnd(),
        interval.getConsumption(),
        measured,
        interval.getVersion());
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  /** The mean flow over the span (m3/h). */
  public double flowM3PerH() {
    return volumeM3 / hours(start, end);
  }

  /** Hours between two instants, fractional. */
  public static double hours(Instant from, Instant to) {
    return (to.toEpochMilli() - from.toEpochMilli()) / MILLIS_PER_HOUR;
  }
}
