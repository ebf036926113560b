package io.meterflow.jobs.bench;

import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.DeviceInfo;
import java.util.List;
import org.apache.flink.api.common.functions.MapFunction;

/** The master data of the generated fleet: meters of one commodity, a thousand to an area. */
public final class FleetDevices implements MapFunction<Long, DeviceInfo> {
  private static final long serialVersionUID = 1L;

  static final int METERS_PER_AREA = 1000;

  private final FleetMeters meters;

  public FleetDevices() {
    this(FleetMeters.WATER);
  }

  public FleetDevices(FleetMeters meters) {
    this.meters = meters;
  }

  @Override
  public DeviceInfo map(Long meter) {
    return DeviceInfo.newBuilder()
        .setTenant(FleetReadings.TENANT)
        .setMeterId(FleetReadings.meterId(meter))
        .setCommodity(meters.commodity())
        .setTimezone("Europe/Madrid")
        .setAreaId("area-" + meter / METERS_PER_AREA)
        .setRegisters(List.of())
        .setPhases(null)
        .setMainFuseAmps(null)
        .setNominalVoltage(null)
        .setHasGeneration(false)
        .setNominalFlowQ3(meters.commodity() == Commodity.WATER ? 2.5 : null)
        .setInstallTime(null)
        .setReplacementTime(null)
        .setActive(true)
        .setUpdatedTime(FleetReadings.START)
        .build();
  }
}
