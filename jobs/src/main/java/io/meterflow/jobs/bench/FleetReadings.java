package io.meterflow.jobs.bench;

import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.SourceFormat;
import io.meterflow.contracts.ids.StableIds;
import java.time.Instant;
import java.util.List;

/**
 * The n-th reading of a generated fleet: register indexes of {@code series} meters read every 15
 * minutes, the whole fleet at one time before the next, so the stream is in time order.
 */
public final class FleetReadings extends FleetRecords<MeterReading> {
  private static final long serialVersionUID = 1L;

  static final String TENANT = "bench";
  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  static final long CADENCE_MILLIS = 15 * 60 * 1000L;

  public FleetReadings(long series) {
    this(series, FleetMeters.WATER);
  }

  public FleetReadings(long series, FleetMeters meters) {
    super(series, meters);
  }

  @Override
  MeterReading record(long meter, long step) {
    Instant time = time(step);
    String meterId = meterId(meter);
    return MeterReading.newBuilder()
        .setReadingId(StableIds.readingId(TENANT, meterId, meters.register(), time))
        .setTenant(TENANT)
        .setMeterId(meterId)
        .setRegister(meters.register())
        .setKind(ReadingKind.CUMULATIVE)
        .setValue(index(meter, step))
        .setUnit(meters.unit())
        .setReadingTime(time)
        .setReceivedTime(time)
        .setSourceSystem("bench")
        .setSourceFormat(SourceFormat.HEAD_END_AVRO)
        .setFlags(List.of())
        .build();
  }

  /** The time of the {@code step}-th read of the fleet. */
  static Instant time(long step) {
    return START.plusMillis(step * CADENCE_MILLIS);
  }

  /**
   * The register index of a meter at a step: whole litres in cubic metres, as a meter displays it.
   * Computed from the litres, not by adding the flow step after step, which would leave
   * floating-point noise in the value (100.30000000000001) that no meter sends and that the
   * periodizer's state can only keep as raw doubles (see ReadLogCodec).
   */
  static double index(long meter, long step) {
    return (100_000 + step * litresPerStep(meter)) / 1000.0;
  }

  /** A steady flow per meter in cubic metres, different between meters. */
  static double flowPerStep(long meter) {
    return litresPerStep(meter) / 1000.0;
  }

  /** 1 to 7 litres per step, so intervals are never all equal. */
  private static long litresPerStep(long meter) {
    return 1 + meter % 7;
  }

  static String meterId(long meter) {
    return "m" + meter;
  }
}
