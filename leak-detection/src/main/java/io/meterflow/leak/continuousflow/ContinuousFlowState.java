package io.meterflow.leak.continuousflow;

/**
 * What the continuous-flow rule remembers of one meter: its recent hours and, while an episode is
 * open, the leaked volume accounted so far. A Flink POJO, kept in keyed state.
 */
public class ContinuousFlowState {

  public HourlyWindow window = new HourlyWindow();

  /** Start of the open episode's condition (epoch ms); Long.MIN_VALUE when none is open. */
  public long openSince = Long.MIN_VALUE;

  /** Leaked volume accounted for the open episode (m3). */
  public double leakedM3;

  /** Event time up to which the leaked volume is accounted (epoch ms). */
  public long accountedUntil;

  public ContinuousFlowState() {}

  boolean isOpen() {
    return openSince != Long.MIN_VALUE;
  }

  void close() {
    openSince = Long.MIN_VALUE;
    leakedM3 = 0;
    accountedUntil = 0;
  }
}
