package io.meterflow.leak.nightflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The night window of one local date as an instant range. On the spring-forward night a window of
 * 02:00-04:00 in Europe/Madrid lasts one hour (02:00 does not exist and resolves to 03:00); on the
 * autumn night it lasts three, from the first 02:00 to 04:00.
 */
record NightWindow(Instant start, Instant end) {

  static NightWindow of(LocalDate date, LocalTime from, LocalTime to, ZoneId zone) {
    // ZonedDateTime.of moves a time inside a gap forward by the gap and takes the earlier offset of
    // an overlap: exactly the night as the meter's household lives it.
    return new NightWindow(
        ZonedDateTime.of(date, from, zone).toInstant(),
        ZonedDateTime.of(date, to, zone).toInstant());
  }

  /** The night window that the span overlaps, if any. */
  static Optional<NightWindow> overlapping(
      Instant spanStart, Instant spanEnd, LocalTime from, LocalTime to, ZoneId zone) {
    LocalDate first = spanStart.atZone(zone).toLocalDate();
    LocalDate last = spanEnd.minusMillis(1).atZone(zone).toLocalDate();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      NightWindow night = of(date, from, to, zone);
      if (spanStart.isBefore(night.end) && spanEnd.isAfter(night.start)) {
        return Optional.of(night);
      }
    }
    return Optional.empty();
  }

  /** How much of the span lies inside the window (ms). */
  long overlapMillis(Instant spanStart, Instant spanEnd) {
    long from = Math.max(spanStart.toEpochMilli(), start.toEpochMilli());
    long to = Math.min(spanEnd.toEpochMilli(), end.toEpochMilli());
    return Math.max(0, to - from);
  }

  long lengthMillis() {
    return end.toEpochMilli() - start.toEpochMilli();
  }
}
