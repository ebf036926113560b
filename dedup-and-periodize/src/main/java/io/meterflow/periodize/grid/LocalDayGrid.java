package io.meterflow.periodize.grid;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Local days of a zone: from one local midnight to the next, 23 to 25 hours on DST days. */
record LocalDayGrid(ZoneId zone) implements IntervalGrid {

  private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

  @Override
  public long startOf(long instant) {
    return midnight(LocalDate.ofInstant(Instant.ofEpochMilli(instant), zone));
  }

  @Override
  public long endOf(long start) {
    return midnight(LocalDate.ofInstant(Instant.ofEpochMilli(start), zone).plusDays(1));
  }

  @Override
  public boolean isIrregular(long start, long end) {
    return end - start != DAY_MILLIS;
  }

  // atStartOfDay resolves a midnight that falls into a DST gap to the first valid instant.
  private long midnight(LocalDate date) {
    return date.atStartOfDay(zone).toInstant().toEpochMilli();
  }
}
