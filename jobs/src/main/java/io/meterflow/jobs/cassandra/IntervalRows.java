package io.meterflow.jobs.cassandra;

import io.meterflow.contracts.IntervalConsumption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Rows of intervals_by_series_day (every interval) and daily_consumption_by_tenant (the P1D
 * intervals). The write timestamp is the interval's version, so a restatement wins over the
 * statement it replaces whatever order the writes reach Cassandra in; null values (e.g. no indexes
 * for an INSTANT register) are left unset.
 */
public final class IntervalRows {

  static final String DAILY_RESOLUTION = "P1D";

  // Local midnight is at 00:00 minus the UTC offset; 13 h after it, the UTC date is the local
  // date for every offset from -10:59 to +13:00 (all but a few Pacific islands), which is all
  // that can be told from the interval without the meter's timezone.
  private static final Duration LOCAL_DAY_PROBE = Duration.ofHours(13);

  static final String BY_SERIES_DAY_CQL =
      "INSERT INTO intervals_by_series_day (tenant, meter_id, register, resolution, day,"
          + " interval_start, interval_end, consumption, unit, start_index, end_index, min_value,"
          + " max_value, reading_count, completeness, quality, flags, version)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) USING TIMESTAMP ?";

  static final String DAILY_BY_TENANT_CQL =
      "INSERT INTO daily_consumption_by_tenant (tenant, day, meter_id, register, interval_start,"
          + " interval_end, consumption, unit, start_index, end_index, quality, flags, version)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) USING TIMESTAMP ?";

  /** Every interval of meter.readings.intervals. */
  public static final TableWrite<IntervalConsumption> BY_SERIES_DAY =
      TableWrite.ofAll(
          "intervals-by-series-day",
          "intervals_by_series_day",
          BY_SERIES_DAY_CQL,
          IntervalRows::bySeriesDay);

  /** The daily (P1D) intervals, by tenant and local day. */
  public static final TableWrite<IntervalConsumption> DAILY_BY_TENANT =
      new TableWrite<>(
          "daily-consumption-by-tenant",
          "daily_consumption_by_tenant",
          DAILY_BY_TENANT_CQL,
          IntervalRows::dailyByTenant,
          interval -> DAILY_RESOLUTION.equals(interval.getResolution()));

  private IntervalRows() {}

  static Object[] bySeriesDay(IntervalConsumption interval) {
    return new Object[] {
      interval.getTenant(),
      interval.getMeterId(),
      interval.getRegister().name(),
      interval.getResolution(),
      CqlValues.utcDay(interval.getIntervalStart()),
      interval.getIntervalStart(),
      interval.getIntervalEnd(),
      interval.getConsumption(),
      interval.getUnit().name(),
      interval.getStartIndex(),
      interval.getEndIndex(),
      interval.getMinValue(),
      interval.getMaxValue(),
      interval.getReadingCount(),
      interval.getCompleteness(),
      interval.getQuality().name(),
      CqlValues.names(interval.getFlags()),
      interval.getVersion(),
      (long) interval.getVersion()
    };
  }

  static Object[] dailyByTenant(IntervalConsumption interval) {
    return new Object[] {
      interval.getTenant(),
      localDay(interval.getIntervalStart()),
      interval.getMeterId(),
      interval.getRegister().name(),
      interval.getIntervalStart(),
      interval.getIntervalEnd(),
      interval.getConsumption(),
      interval.getUnit().name(),
      interval.getStartIndex(),
      interval.getEndIndex(),
      interval.getQuality().name(),
      CqlValues.names(interval.getFlags()),
      interval.getVersion(),
      (long) interval.getVersion()
    };
  }

  /** The meter's local date of a daily interval that starts at local midnight. */
  static LocalDate localDay(Instant localMidnight) {
    return CqlValues.utcDay(localMidnight.plus(LOCAL_DAY_PROBE));
  }
}
