package io.meterflow.leak.nightflow;

import java.io.Serializable;
import java.time.LocalTime;

/**
 * Thresholds of the night-flow rule.
 *
 * @param windowStart start of the night window, local time of the meter
 * @param windowEnd end of the night window, local time, after the start on the same day
 * @param thresholdM3PerH a night flows when its least hourly flow is above this
 * @param nights consecutive flowing nights that raise the alarm
 */
public record NightFlowConfig(
    boolean enabled, LocalTime windowStart, LocalTime windowEnd, double thresholdM3PerH, int nights)
    implements Serializable {

  public NightFlowConfig {
    if (!windowStart.isBefore(windowEnd)) {
      throw new IllegalArgumentException(
          "The night window must start before it ends on the same local day, was "
              + windowStart
              + "-"
              + windowEnd);
    }
    if (!(thresholdM3PerH >= 0)) {
      throw new IllegalArgumentException(
          "The night-flow threshold must be at least 0 m3/h, was " + thresholdM3PerH);
    }
    if (nights < 1) {
      throw new IllegalArgumentException("Night flow needs at least 1 night, was " + nights);
    }
  }
}
