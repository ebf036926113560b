package io.meterflow.periodize.grid;

import java.io.Serializable;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * One interval resolution: P1D (the meter's local day) or a fixed duration dividing a day, aligned
 * to UTC.
 *
 * @param name the ISO-8601 duration written into IntervalConsumption.resolution
 * @param fixedMillis the length of a fixed resolution; 0 for the local day
 */
public record Resolution(String name, long fixedMillis) implements Serializable {

  public static final String LOCAL_DAY = "P1D";
  public static final String HOUR = "PT1H";
  private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

  /** Parses P1D or a duration such as PT15M; fails with a message naming the bad value. */
  public static Resolution parse(String text) {
    String trimmed = text.trim();
    if (LOCAL_DAY.equals(trimmed)) {
      return new Resolution(LOCAL_DAY, 0);
    }
    Duration duration;
    try {
      duration = Duration.parse(trimmed);
    } catch (DateTimeParseException e) {
      throw unsupported(text);
    }
    long millis = duration.toMillis();
    if (millis <= 0 || DAY_MILLIS % millis != 0) {
      throw unsupported(text);
    }
    return new Resolution(duration.toString(), millis);
  }

  /** True for the meter's local day. */
  public boolean isLocalDay() {
    return fixedMillis == 0;
  }

  /** True for the UTC hour, the resolution area aggregates are summed from. */
  public boolean isHour() {
    return HOUR.equals(name);
  }

  /** The interval boundaries of this resolution for a meter in the zone. */
  public IntervalGrid grid(ZoneId zone) {
    return isLocalDay() ? new LocalDayGrid(zone) : new FixedGrid(fixedMillis);
  }

  private static IllegalArgumentException unsupported(String text) {
    return new IllegalArgumentException(
        "Invalid setting periodize.resolutions: '"
            + text
            + "' is neither P1D nor an ISO-8601 duration that divides a day (e.g. PT15M, PT1H)");
  }
}
