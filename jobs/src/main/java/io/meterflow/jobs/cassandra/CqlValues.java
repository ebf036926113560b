package io.meterflow.jobs.cassandra;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Conversions from the Avro records' fields to the CQL column values the rows bind. */
final class CqlValues {

  private CqlValues() {}

  /** The day bucket of an instant: its UTC date. */
  static LocalDate utcDay(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Enum constants by name, as a set column holds them. */
  static Set<String> names(Collection<? extends Enum<?>> constants) {
    return constants.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }

  /** An instant as a Cassandra write timestamp (microseconds since the epoch). */
  static long writeTimestamp(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
  }
}
