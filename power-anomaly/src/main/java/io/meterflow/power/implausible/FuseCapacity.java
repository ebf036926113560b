package io.meterflow.power.implausible;

import io.meterflow.contracts.DeviceInfo;
import java.time.Duration;
import java.util.Optional;

/**
 * What a meter's main fuse lets through at full load: phases x amps x nominal phase voltage.
 *
 * @param volts nominal phase voltage
 */
public record FuseCapacity(int phases, double amps, double volts) {

  private static final double MILLIS_PER_HOUR = 3_600_000.0;

  public FuseCapacity {
    if (phases < 1 || phases > 3) {
      throw new IllegalArgumentException("A meter has 1 to 3 phases, not " + phases);
    }
    if (!(amps > 0) || Double.isInfinite(amps)) {
      throw new IllegalArgumentException("A main fuse rating must be positive, was " + amps);
    }
    if (!(volts > 0) || Double.isInfinite(volts)) {
      throw new IllegalArgumentException("A nominal voltage must be positive, was " + volts);
    }
  }

  /**
   * The capacity of a meter's fuse, or empty when its DeviceInfo lacks (or has nonsense for) the
   * phases or the fuse rating.
   */
  public static Optional<FuseCapacity> of(DeviceInfo device, double defaultVolts) {
    if (device == null || device.getPhases() == null || device.getMainFuseAmps() == null) {
      return Optional.empty();
    }
    double volts = device.getNominalVoltage() == null ? defaultVolts : device.getNominalVoltage();
    try {
      return Optional.of(new FuseCapacity(device.getPhases(), device.getMainFuseAmps(), volts));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Full-load power in kW. */
  public double kilowatts() {
    return phases * amps * volts / 1000;
  }

  /** Energy in kWh at full load over the span. */
  public double kwh(Duration span) {
    return kilowatts() * span.toMillis() / MILLIS_PER_HOUR;
  }
}
