package io.meterflow.jobs.bench;

import org.apache.flink.api.common.functions.MapFunction;

/**
 * The n-th record of a generated fleet of {@code series} meters of one kind, read every 15 minutes:
 * record n is of meter {@code n % series} at step {@code n / series}, so the whole fleet comes at
 * one time before the next and the stream is in time order.
 */
abstract class FleetRecords<T> implements MapFunction<Long, T> {
  private static final long serialVersionUID = 1L;

  private final long series;
  final FleetMeters meters;

  FleetRecords(long series, FleetMeters meters) {
    this.series = series;
    this.meters = meters;
  }

  @Override
  public final T map(Long n) {
    return record(n % series, n / series);
  }

  /** The record of the meter at the step. */
  abstract T record(long meter, long step);
}
