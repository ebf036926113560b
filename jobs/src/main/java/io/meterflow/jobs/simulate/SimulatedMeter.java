package io.meterflow.jobs.simulate;

import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.SourceFormat;
import java.time.Duration;
import java.time.ZoneId;

/**
 * One meter of the simulated fleet and how it reaches the utility.
 *
 * @param index position in the fleet, the order of the output
 * @param channel the input format its readings arrive in
 * @param cadence how often it reports its registers
 * @param dialect its head-end's register codes and units
 * @param device its master data as published at the start
 * @param seed the seed of its own random stream
 */
public record SimulatedMeter(
    int index,
    Commodity commodity,
    ZoneId zone,
    SourceFormat channel,
    Duration cadence,
    VendorDialect dialect,
    DeviceInfo device,
    long seed) {

  public String tenant() {
    return device.getTenant();
  }

  public String meterId() {
    return device.getMeterId();
  }

  public String areaId() {
    return device.getAreaId();
  }

  /** Whether the meter reports at every simulation step (15 minutes). */
  boolean quarterHourly() {
    return cadence.equals(SimulationSettings.STEP);
  }
}
