package io.meterflow.normalizer.time;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.RejectReason;
import io.meterflow.normalizer.mapping.ResolvedReading;
import io.meterflow.normalizer.reject.Quoted;
import io.meterflow.normalizer.reject.RejectedInput;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * Places a reading on the time line and checks that the time is plausible.
 *
 * <p>A timestamp with an offset is taken as given. A local one is read in the first zone known of:
 * the zone the input names (a JSON field, a CSV profile), the meter's zone from its DeviceInfo, the
 * tenant's default zone (flagged ZONE_FROM_TENANT_DEFAULT). DST gaps and overlaps are resolved by
 * {@link LocalTimes}.
 */
public final class ReadingTimeResolver implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Meters reporting earlier times have lost their clock (reset to 1970 or 2000 epochs). */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  private final TenantZones tenantZones;
  private final Duration futureTolerance;

  /**
   * @param futureTolerance how far after its ingest time a reading time may lie (meter clocks
   *     drift); later ones are TIME_IN_FUTURE
   */
  public ReadingTimeResolver(TenantZones tenantZones, Duration futureTolerance) {
    if (futureTolerance.isNegative()) {
      throw new IllegalArgumentException("The future tolerance cannot be negative");
    }
    this.tenantZones = tenantZones;
    this.futureTolerance = futureTolerance;
  }

  /**
   * @param device the meter's DeviceInfo, or null when none is known
   */
  public ResolvedTime resolve(ResolvedReading reading, DeviceInfo device) throws RejectedInput {
    ResolvedTime time = place(reading, device);
    check(time.instant(), reading.source().ingestTime());
    return time;
  }

  private ResolvedTime place(ResolvedReading reading, DeviceInfo device) throws RejectedInput {
    ReadingTimestamp timestamp = reading.timestamp();
    if (timestamp.hasOffset()) {
      return new ResolvedTime(timestamp.instant(), Set.of());
    }
    if (reading.timezone() != null) {
      ZoneId zone = zone(reading.timezone(), "named by the input");
      return LocalTimes.resolve(timestamp.localTime(), zone, Set.of());
    }
    if (device != null && device.getTimezone() != null) {
      ZoneId zone =
          zone(device.getTimezone(), "of the DeviceInfo of meter " + Quoted.of(reading.meterId()));
      return LocalTimes.resolve(timestamp.localTime(), zone, Set.of());
    }
    return LocalTimes.resolve(
        timestamp.localTime(),
        tenantZones.zoneOf(reading.tenant()),
        Set.of(ReadingFlag.ZONE_FROM_TENANT_DEFAULT));
  }

  private static ZoneId zone(String id, String origin) throws RejectedInput {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new RejectedInput(
          RejectReason.UNKNOWN_TIMEZONE,
          "Timezone "
              + Quoted.of(id)
              + " "
              + origin
              + " is not a zone id such as Europe/Madrid or +01:00.");
    }
  }

  private void check(Instant time, Instant ingestTime) throws RejectedInput {
    if (time.isBefore(EARLIEST)) {
      throw new RejectedInput(
          RejectReason.TIME_BEFORE_2000,
          "Reading time " + time + " is before " + EARLIEST + "; the meter's clock is not set.");
    }
    Instant latest = ingestTime.plus(futureTolerance);
    if (time.isAfter(latest)) {
      throw new RejectedInput(
          RejectReason.TIME_IN_FUTURE,
          "Reading time "
              + time
              + " is "
              + Duration.between(ingestTime, time)
              + " after the ingest time "
              + ingestTime
              + ", more than the "
              + futureTolerance
              + " tolerated.");
    }
  }
}
