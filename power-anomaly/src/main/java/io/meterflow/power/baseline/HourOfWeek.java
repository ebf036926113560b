package io.meterflow.power.baseline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The 168 hours of a local week, Monday 00:00 to Sunday 23:00, as slots 0 to 167. */
public final class HourOfWeek {

  public static final int SLOTS = 7 * 24;

  private HourOfWeek() {}

  /**
   * The slot of the local hour an instant falls in. The repeated hour of an autumn DST change lands
   * in the same slot twice, and the skipped hour of spring in none: both are rare enough for a
   * weekly average.
   */
  public static int slot(Instant time, ZoneId zone) {
    ZonedDateTime local = time.atZone(zone);
    return (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
  }
}
