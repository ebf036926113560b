package io.meterflow.jobs.bench;

/**
 * What one throughput run measured.
 *
 * @param setup the run
 * @param recordsPerSecond records per second into the counted operators over the measurement
 * @param stateBytes size of a full checkpoint taken at the end, all operators
 * @param countedStateBytes the part of it that is the counted operators' state
 * @param historyHours event time the fleet had covered when the checkpoint was taken
 * @param load1 the one-minute load average at the end of the run
 */
public record TopologyFigures(
    TopologySetup setup,
    double recordsPerSecond,
    long stateBytes,
    long countedStateBytes,
    double historyHours,
    double load1) {

  public double recordsPerSecondPerCore() {
    return recordsPerSecond / setup.parallelism();
  }

  public double stateBytesPerSeries() {
    return (double) stateBytes / setup.series();
  }

  public double countedBytesPerSeries() {
    return (double) countedStateBytes / setup.series();
  }
}
