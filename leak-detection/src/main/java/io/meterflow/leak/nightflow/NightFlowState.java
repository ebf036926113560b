package io.meterflow.leak.nightflow;

/**
 * What the night-flow rule remembers of one meter: the night being observed and the run of flowing
 * nights. A Flink POJO, kept in keyed state.
 */
public class NightFlowState {

  /** Start of the night being observed (epoch ms); Long.MIN_VALUE when none. */
  public long nightStart = Long.MIN_VALUE;

  /** End of the night being observed (epoch ms). */
  public long nightEnd;

  /** How much of the night measured hours above the threshold cover (ms). */
  public long nightCoveredMillis;

  /** Least flow of the night's measured hours (m3/h). */
  public double nightMinimumFlowM3PerH;

  /** True when an hour of the night is unknown: the night cannot be called flowing. */
  public boolean nightHasUnknownHour;

  /** True once the night is judged (flowing or quiet): its later hours change nothing. */
  public boolean nightJudged;

  /** Consecutive flowing nights (nights that could not be judged are skipped, not counted). */
  public int flowingNights;

  /** Start of the first of the consecutive flowing nights (epoch ms). */
  public long firstFlowingNightStart;

  /** Least night flow over the consecutive flowing nights (m3/h). */
  public double minimumFlowM3PerH;

  /** Leaked volume over the consecutive flowing nights (m3). */
  public double leakedM3;

  /** True once enough nights flowed: an episode is open. */
  public boolean open;

  public NightFlowState() {}

  boolean observesNight(long start) {
    return nightStart == start;
  }

  void observeNight(NightWindow night) {
    nightStart = night.start().toEpochMilli();
    nightEnd = night.end().toEpochMilli();
    nightCoveredMillis = 0;
    nightMinimumFlowM3PerH = Double.POSITIVE_INFINITY;
    nightHasUnknownHour = false;
    nightJudged = false;
  }

  void endRun() {
    flowingNights = 0;
    firstFlowingNightStart = 0;
    minimumFlowM3PerH = 0;
    leakedM3 = 0;
    open = false;
  }
}
