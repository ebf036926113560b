package io.meterflow.jobs.bench;

import java.time.Duration;
import java.util.Map;

/**
 * What one throughput run measured.
 *
 * @param setup the run
 * @param recordsPerSecond records per second into the counted operators over the measurement
 * @param atMarks the first checkpoint at or past each of {@link StateMarks#HISTORY} the run
 *     reached, by mark, in mark order
 * @param last the checkpoint at the end of the run (the one of the last mark if it reached it)
 * @param load1 the one-minute load average at the end of the measurement
 */
public record TopologyFigures(
    TopologySetup setup,
    double recordsPerSecond,
    Map<Duration, StateSample> atMarks,
    StateSample last,
    double load1) {

  public double recordsPerSecondPerCore() {
    return recordsPerSecond / setup.parallelism();
  }

  public double stateBytesPerSeries() {
    return perSeries(last.stateBytes());
  }

  public double countedBytesPerSeries() {
    return perSeries(last.countedStateBytes());
  }

  double perSeries(long bytes) {
    return (double) bytes / setup.series();
  }
}
