package io.meterflow.power.baseline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The 24 local hours of a weekday (slots 0 to 23) and of a weekend day (slots 24 to 47). Weekdays
 * and weekends are kept apart because households use power differently on Saturdays and Sundays (a
 * later morning peak, a midday bump): judged against weekdays alone, an ordinary weekend would
 * deviate for hours.
 */
public final class HourOfDay {

  public static final int SLOTS = 2 * 24;

  private HourOfDay() {}

  /** The slot of the local hour an instant falls in (DST as in {@link HourOfWeek#slot}). */
  public static int slot(Instant time, ZoneId zone) {
    ZonedDateTime local = time.atZone(zone);
    DayOfWeek day = local.getDayOfWeek();
    boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    return (weekend ? 24 : 0) + local.getHour();
  }

  /** The same hour on the other kind of day: the weekend's for a weekday hour, and back. */
  public static int otherDayType(int slot) {
    return (slot + 24) % SLOTS;
  }
}
