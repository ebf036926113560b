package io.meterflow.normalizer.time;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * A reading time as sent: a wall-clock time, with the UTC offset when the sender gave one. Without
 * an offset it is local time somewhere, and {@link ReadingTimeResolver} decides where.
 *
 * <p>The wall-clock time is held as milliseconds, as if it were UTC, because Flink has no POJO
 * serializer for LocalDateTime fields; readings are stored to the millisecond anyway.
 *
 * @param wallClockMillis the wall-clock time as milliseconds since 1970-01-01T00:00 of that clock
 * @param offsetSeconds the offset from UTC in seconds, or null when the sender gave none
 */
public record ReadingTimestamp(long wallClockMillis, Integer offsetSeconds)
    implements Serializable {

  /** ISO-8601 local date-time, then an optional offset (+02:00) or Z. */
  private static final DateTimeFormatter ISO =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffsetId()
          .optionalEnd()
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT);

  /** Where ISO-8601 puts the 'T' between date and time. */
  private static final int DATE_TIME_SEPARATOR = 10;

  /**
   * A wall-clock time, cut to the millisecond, with its offset or null.
   *
   * @throws DateTimeException for a time some 292 million years away, which milliseconds cannot
   *     hold (ISO-8601 allows years up to 999,999,999)
   */
  public static ReadingTimestamp of(LocalDateTime localTime, Integer offsetSeconds) {
    try {
      return new ReadingTimestamp(
          localTime.toInstant(ZoneOffset.UTC).toEpochMilli(), offsetSeconds);
    } catch (ArithmeticException e) {
      throw new DateTimeException("The time " + localTime + " is out of range", e);
    }
  }

  /**
   * Parses an ISO-8601 date-time such as 2024-03-31T02:30:00, ...+02:00 or ...Z. A space instead of
   * the 'T' is accepted too, as many exports write it that way.
   */
  public static ReadingTimestamp parseIso(String text) {
    String iso = text;
    if (text.length() > DATE_TIME_SEPARATOR && text.charAt(DATE_TIME_SEPARATOR) == ' ') {
      iso = text.substring(0, DATE_TIME_SEPARATOR) + 'T' + text.substring(DATE_TIME_SEPARATOR + 1);
    }
    return parse(iso, ISO);
  }

  /** Parses with a formatter; the pattern may or may not hold an offset. */
  public static ReadingTimestamp parse(String text, DateTimeFormatter formatter) {
    TemporalAccessor parsed = formatter.parse(text);
    Integer offset =
        parsed.isSupported(ChronoField.OFFSET_SECONDS)
            ? parsed.get(ChronoField.OFFSET_SECONDS)
            : null;
    return of(LocalDateTime.from(parsed), offset);
  }

  /**
   * A formatter of a user's pattern, strict about impossible dates (31/02 is an error, not 28/02),
   * that still accepts the familiar 'yyyy' (year of era) for the year.
   */
  public static DateTimeFormatter strictPattern(String pattern) {
    return new DateTimeFormatterBuilder()
        .appendPattern(pattern)
        .parseDefaulting(ChronoField.ERA, 1)
        .toFormatter()
        .withResolverStyle(ResolverStyle.STRICT);
  }

  public LocalDateTime localTime() {
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(wallClockMillis), ZoneOffset.UTC);
  }

  public boolean hasOffset() {
    return offsetSeconds != null;
  }

  /** The instant of a timestamp with an offset. */
  public Instant instant() {
    if (offsetSeconds == null) {
      throw new IllegalStateException("A local timestamp needs a zone to become an instant");
    }
    return localTime().toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
  }
}
