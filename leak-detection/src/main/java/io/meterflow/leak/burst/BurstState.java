package io.meterflow.leak.burst;

/**
 * What the burst rule remembers of one meter: the current run of intervals above the threshold,
 * which becomes the episode once it lasts long enough. A Flink POJO, kept in keyed state.
 */
public class BurstState {

  /** Start of the run (epoch ms); Long.MIN_VALUE when there is none. */
  public long runStart = Long.MIN_VALUE;

  /** End of the run's last interval (epoch ms). */
  public long runEnd;

  /** Length of the run's intervals (ms): a change of resolution starts a new run. */
  public long stepMillis;

  /** Intervals in the run. */
  public int intervals;

  /** Volume of the run's intervals (m3). */
  public double volumeM3;

  /** Least flow of the run's intervals (m3/h). */
  public double minimumFlowM3PerH;

  /** True once the run lasted long enough: an episode is open. */
  public boolean open;

  public BurstState() {}

  boolean hasRun() {
    return runStart != Long.MIN_VALUE;
  }

  void reset() {
    runStart = Long.MIN_VALUE;
    runEnd = 0;
    stepMillis = 0;
    intervals = 0;
    volumeM3 = 0;
    minimumFlowM3PerH = 0;
    open = false;
  }
}
