package io.meterflow.jobs.bench;

import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.SourceFormat;
import io.meterflow.contracts.ids.StableIds;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * The n-th reading of a generated fleet: water-volume indexes of {@code series} meters read every
 * 15 minutes, the whole fleet at one time before the next, so the stream is in time order.
 */
public final class FleetReadings implements MapFunction<Long, MeterReading> {
  private static final long serialVersionUID = 1L;

  static final String TENANT = "bench";
  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  static final long CADENCE_MILLIS = 15 * 60 * 1000L;

  private final long series;

  public FleetReadings(long series) {
    this.series = series;
  }

  @Override
  public MeterReading map(Long n) {
    long meter = n % series;
    long step = n / series;
    Instant time = START.plusMillis(step * CADENCE_MILLIS);
    String meterId = meterId(meter);
    // A steady flow per meter, different between meters, so intervals are never all equal.
    double value = 100.0 + step * 0.001 * (1 + meter % 7);
    return MeterReading.newBuilder()
        .setReadingId(StableIds.readingId(TENANT, meterId, Register.WATER_VOLUME, time))
        .setTenant(TENANT)
        .setMeterId(meterId)
        .setRegister(Register.WATER_VOLUME)
        .setKind(ReadingKind.CUMULATIVE)
        .setValue(value)
        .setUnit(CanonicalUnit.M3)
        .setReadingTime(time)
        .setReceivedTime(time)
        .setSourceSystem("bench")
        .setSourceFormat(SourceFormat.HEAD_END_AVRO)
        .setFlags(List.of())
        .build();
  }

  /** The event time the fleet has reached after {@code records} readings. */
  static Instant timeAfter(long records, long series) {
    return START.plusMillis(records / series * CADENCE_MILLIS);
  }

  static String meterId(long meter) {
    return "m" + meter;
  }
}
