package io.meterflow.periodize;

/**
 * Where the reading-time watermarks of {@link PeriodizeTopology#watermarkStrategy} are generated.
 *
 * <p>On a Kafka source ({@link #AT_SOURCE}) the strategy runs per partition, so one partition that
 * lags does not make the readings of the others late: that is what jobs/ does. Inside the topology
 * ({@link #IN_TOPOLOGY}) it runs after the source, for inputs without per-split watermarks (files,
 * tests).
 */
public enum WatermarkPlacement {
  /** The caller set the strategy on its source; the topology uses the watermarks it gets. */
  AT_SOURCE,
  /** The topology assigns the strategy to the readings stream itself. */
  IN_TOPOLOGY
}
