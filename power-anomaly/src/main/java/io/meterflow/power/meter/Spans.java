package io.meterflow.power.meter;

import java.time.Duration;
import java.util.Locale;

/** Spans of time as alarm messages and evidence state them. */
public final class Spans {

  private static final double MILLIS_PER_HOUR = 3_600_000.0;

  private Spans() {}

  /** A span for an operator: "90 min", "6 h", "45 d", or "7.5 h" where whole units do not fit. */
  public static String describe(Duration span) {
    if (span.toMinutes() < 120) {
      return span.toMinutes() + " min";
    }
    boolean wholeHours = span.toMillis() % Duration.ofHours(1).toMillis() == 0;
    if (wholeHours && span.toHours() >= 48 && span.toHours() % 24 == 0) {
      return span.toDays() + " d";
    }
    if (wholeHours) {
      return span.toHours() + " h";
    }
    return String.format(Locale.ROOT, "%.1f h", hours(span.toMillis()));
  }

  /** Milliseconds as hours, for evidence. */
  public static double hours(long millis) {
    return millis / MILLIS_PER_HOUR;
  }
}
