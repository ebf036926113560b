package io.meterflow.contracts.meter;

import java.time.Duration;
import org.apache.flink.configuration.ConfigOption;

/** Checks of the configured lifetimes of per-meter state against the quiet horizon. */
public final class StateLifetimes {

  private StateLifetimes() {}

  /**
   * Requires a state time-to-live longer than the quiet horizon.
   *
   * @param why why it must be longer, for the message
   * @throws IllegalArgumentException naming both keys and values
   */
  public static void requireBeyondQuietHorizon(
      ConfigOption<Duration> ttlOption,
      Duration ttl,
      ConfigOption<Duration> quietHorizonOption,
      Duration quietHorizon,
      String why) {
    if (ttl.compareTo(quietHorizon) <= 0) {
      throw new IllegalArgumentException(
          ttlOption.key()
              + " ("
              + ttl
              + ") must exceed "
              + quietHorizonOption.key()
              + " ("
              + quietHorizon
              + "): "
              + why);
    }
  }
}
