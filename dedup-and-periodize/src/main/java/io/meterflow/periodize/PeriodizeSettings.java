package io.meterflow.periodize;

import io.meterflow.periodize.cumulative.NegativeTolerance;
import io.meterflow.periodize.grid.Resolution;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ReadableConfig;

/**
 * The typed, validated settings of the dedup-and-periodize topology (see {@link PeriodizeOptions}
 * for what each one means and its default).
 */
public record PeriodizeSettings(
    List<Resolution> resolutions,
    Duration gapLimit,
    Duration allowedLateness,
    Duration outOfOrderness,
    Duration idleness,
    NegativeTolerance negativeTolerance,
    double rolloverMargin,
    Duration baselineRetention,
    Duration stateTtl,
    ZoneId defaultZone,
    Duration intervalReadPeriod,
    Duration aggregateDelay,
    Duration deviceStateTtl)
    implements Serializable {

  public PeriodizeSettings {
    resolutions = List.copyOf(resolutions);
    if (resolutions.isEmpty()) {
      throw invalid(PeriodizeOptions.RESOLUTIONS.key(), "must name at least one resolution");
    }
    requirePositive(PeriodizeOptions.GAP_LIMIT.key(), gapLimit);
    requirePositive(PeriodizeOptions.ALLOWED_LATENESS.key(), allowedLateness);
    requirePositive(PeriodizeOptions.IDLENESS.key(), idleness);
    requirePositive(PeriodizeOptions.INTERVAL_READ_PERIOD.key(), intervalReadPeriod);
    requirePositive(PeriodizeOptions.AGGREGATE_DELAY.key(), aggregateDelay);
    if (outOfOrderness.isNegative()) {
      throw invalid(PeriodizeOptions.OUT_OF_ORDERNESS.key(), "must not be negative");
    }
    if (!(rolloverMargin > 0 && rolloverMargin < 1)) {
      throw invalid(PeriodizeOptions.ROLLOVER_MARGIN.key(), "must be between 0 and 1");
    }
    if (baselineRetention.compareTo(allowedLateness) < 0) {
      throw invalid(
          PeriodizeOptions.BASELINE_RETENTION.key(),
          "must be at least " + PeriodizeOptions.ALLOWED_LATENESS.key());
    }
    if (stateTtl.compareTo(baselineRetention) < 0) {
      throw invalid(
          PeriodizeOptions.STATE_TTL.key(),
          "must be at least " + PeriodizeOptions.BASELINE_RETENTION.key());
    }
    if (deviceStateTtl.compareTo(stateTtl) < 0) {
      throw invalid(
          PeriodizeOptions.DEVICE_STATE_TTL.key(),
          "must be at least " + PeriodizeOptions.STATE_TTL.key());
    }
  }

  /** The defaults of every option. */
  public static PeriodizeSettings defaults() {
    return from(new Configuration());
  }

  /** Reads and validates the options; an invalid value fails with a message naming its key. */
  public static PeriodizeSettings from(ReadableConfig config) {
    return new PeriodizeSettings(
        config.get(PeriodizeOptions.RESOLUTIONS).stream().map(Resolution::parse).toList(),
        config.get(PeriodizeOptions.GAP_LIMIT),
        config.get(PeriodizeOptions.ALLOWED_LATENESS),
        config.get(PeriodizeOptions.OUT_OF_ORDERNESS),
        config.get(PeriodizeOptions.IDLENESS),
        new NegativeTolerance(
            config.get(PeriodizeOptions.NEGATIVE_TOLERANCE_M3),
            config.get(PeriodizeOptions.NEGATIVE_TOLERANCE_KWH),
            config.get(PeriodizeOptions.NEGATIVE_TOLERANCE_RELATIVE)),
        config.get(PeriodizeOptions.ROLLOVER_MARGIN),
        config.get(PeriodizeOptions.BASELINE_RETENTION),
        config.get(PeriodizeOptions.STATE_TTL),
        zone(config.get(PeriodizeOptions.DEFAULT_TIMEZONE)),
        config.get(PeriodizeOptions.INTERVAL_READ_PERIOD),
        config.get(PeriodizeOptions.AGGREGATE_DELAY),
        config.get(PeriodizeOptions.DEVICE_STATE_TTL));
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw invalid(
          PeriodizeOptions.DEFAULT_TIMEZONE.key(),
          "'" + id + "' is not an IANA zone id (e.g. Europe/Madrid)");
    }
  }

  private static void requirePositive(String key, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw invalid(key, "must be positive, was " + value);
    }
  }

  private static IllegalArgumentException invalid(String key, String problem) {
    return new IllegalArgumentException("Invalid setting " + key + ": " + problem);
  }
}
