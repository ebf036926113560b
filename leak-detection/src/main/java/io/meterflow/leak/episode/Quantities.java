package io.meterflow.leak.episode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/** How water quantities read in alarm messages and parameters. */
public final class Quantities {

  private Quantities() {}

  /** A number as a parameter value: plain decimal notation, no exponent (0.0005, not 5.0E-4). */
  public static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A flow for an operator, in litres per hour: "15.6 L/h". */
  public static String litresPerHour(double m3PerH) {
    return String.format(Locale.ROOT, "%.1f L/h", m3PerH * 1000);
  }

  /** A volume for an operator, in whole litres: "375 L". */
  public static String litres(double m3) {
    return String.format(Locale.ROOT, "%.0f L", m3 * 1000);
  }

  /** A duration for an operator, in whole hours: "26 h". */
  public static String hours(double hours) {
    return String.format(Locale.ROOT, "%.0f h", hours);
  }

  /** A configured span for an operator: whole days as "7 d", otherwise hours as "36 h". */
  public static String span(Duration duration) {
    boolean wholeDays = !duration.isZero() && duration.equals(Duration.ofDays(duration.toDays()));
    return wholeDays
        ? duration.toDays() + " d"
        : hours(duration.toMillis() / (double) Duration.ofHours(1).toMillis());
  }
}
