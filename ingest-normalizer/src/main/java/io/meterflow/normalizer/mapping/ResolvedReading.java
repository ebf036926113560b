package io.meterflow.normalizer.mapping;

import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.ids.StableIds;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.time.ReadingTimestamp;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A reading in canonical register, kind, value and unit, whose time is still as sent: the last
 * step, joined with the meter's DeviceInfo, places it in time.
 *
 * @param timezone the zone named by the input for a local timestamp, or null
 * @param flags the meter's status flags
 */
public record ResolvedReading(
    RawPayload source,
    String tenant,
    String meterId,
    Register register,
    ReadingKind kind,
    double value,
    CanonicalUnit unit,
    ReadingTimestamp timestamp,
    String timezone,
    ReadingFlag[] flags,
    String sourceSystem)
    implements Serializable {

  /** The key of the meter, under which its DeviceInfo is joined. */
  public String meterKey() {
    return RecordKeys.meter(tenant, meterId);
  }

  /**
   * The canonical reading at its resolved time.
   *
   * @param timeFlags what resolving the time did (DST, zone defaults), added to the status flags
   */
  public MeterReading at(Instant time, Collection<ReadingFlag> timeFlags) {
    // The topic stores milliseconds; the id and the record must agree with what a consumer reads.
    Instant readingTime = time.truncatedTo(ChronoUnit.MILLIS);
    Set<ReadingFlag> allFlags = EnumSet.noneOf(ReadingFlag.class);
    allFlags.addAll(Arrays.asList(flags));
    allFlags.addAll(timeFlags);
    return MeterReading.newBuilder()
        .setReadingId(StableIds.readingId(tenant, meterId, register, readingTime))
        .setTenant(tenant)
        .setMeterId(meterId)
        .setRegister(register)
        .setKind(kind)
        .setValue(value)
        .setUnit(unit)
        .setReadingTime(readingTime)
        .setReceivedTime(source.ingestTime().truncatedTo(ChronoUnit.MILLIS))
        .setSourceSystem(sourceSystem)
        .setSourceFormat(source.format())
        .setFlags(List.copyOf(allFlags))
        .build();
  }
}
