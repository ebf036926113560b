package io.meterflow.jobs.bench;

import io.meterflow.contracts.input.HeadEndReading;
import java.util.List;

/**
 * The n-th reading of a generated fleet as a head-end system sends it, before normalization: the
 * same meters, times and indexes as {@link FleetReadings}, with a water head-end's register code
 * and unit and a UTC timestamp.
 */
public final class FleetHeadEnd extends FleetRecords<HeadEndReading> {
  private static final long serialVersionUID = 1L;

  public FleetHeadEnd(long series) {
    super(series, FleetMeters.WATER);
  }

  @Override
  HeadEndReading record(long meter, long step) {
    return HeadEndReading.newBuilder()
        .setTenant(FleetReadings.TENANT)
        .setDeviceId(FleetReadings.meterId(meter))
        .setRegisterCode(meters.headEndCode())
        .setValue(FleetReadings.index(meter, step))
        .setUnit(meters.headEndUnit())
        .setTimestamp(FleetReadings.time(step).toString())
        .setStatusCodes(List.of())
        .setReadingType(null)
        .setSourceSystem("bench-head-end")
        .build();
  }
}
