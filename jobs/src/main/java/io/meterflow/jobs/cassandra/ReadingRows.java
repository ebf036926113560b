package io.meterflow.jobs.cassandra;

import io.meterflow.contracts.MeterReading;

/**
 * Rows of readings_by_series_day: normalized readings on time, and readings later than the allowed
 * lateness (flagged {@code late}). The write timestamp is the reading's receivedTime, so a
 * correction (received later) wins over the value it corrects whatever order the writes reach
 * Cassandra in, retries and replays included.
 */
public final class ReadingRows {

  static final String INSERT_CQL =
      "INSERT INTO readings_by_series_day (tenant, meter_id, register, day, reading_time,"
          + " reading_id, kind, value, unit, flags, source_system, source_format, received_time,"
          + " late) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) USING TIMESTAMP ?";

  /** Readings of meter.readings.normalized. */
  public static final TableWrite<MeterReading> ON_TIME =
      TableWrite.ofAll(
          "readings-by-series-day",
          "readings_by_series_day",
          INSERT_CQL,
          reading -> row(reading, false));

  /** Readings of meter.readings.late. */
  public static final TableWrite<MeterReading> LATE =
      TableWrite.ofAll(
          "late-readings-by-series-day",
          "readings_by_series_day",
          INSERT_CQL,
          reading -> row(reading, true));

  private ReadingRows() {}

  static Object[] row(MeterReading reading, boolean late) {
    return new Object[] {
      reading.getTenant(),
      reading.getMeterId(),
      reading.getRegister().name(),
      CqlValues.utcDay(reading.getReadingTime()),
      reading.getReadingTime(),
      reading.getReadingId(),
      reading.getKind().name(),
      reading.getValue(),
      reading.getUnit().name(),
      CqlValues.names(reading.getFlags()),
      reading.getSourceSystem(),
      reading.getSourceFormat().name(),
      reading.getReceivedTime(),
      late,
      CqlValues.writeTimestamp(reading.getReceivedTime())
    };
  }
}
