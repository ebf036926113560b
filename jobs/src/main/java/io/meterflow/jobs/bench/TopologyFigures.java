package io.meterflow.jobs.bench;

/**
 * What one throughput run measured.
 *
 * @param setup the run
 * @param recordsPerSecond readings per second into the periodizer over the measurement
 * @param stateBytes size of a full checkpoint taken at the end, all operators
 * @param periodizerStateBytes the part of it that is the periodizer's keyed state
 * @param historyHours event time the fleet had covered when the checkpoint was taken
 * @param load1 the one-minute load average at the end of the run
 */
public record TopologyFigures(
    TopologySetup setup,
    double recordsPerSecond,
    long stateBytes,
    long periodizerStateBytes,
    double historyHours,
    double load1) {

  public double recordsPerSecondPerCore() {
    return recordsPerSecond / setup.parallelism();
  }

  public double stateBytesPerSeries() {
    return (double) stateBytes / setup.series();
  }

  public double periodizerBytesPerSeries() {
    return (double) periodizerStateBytes / setup.series();
  }
}
