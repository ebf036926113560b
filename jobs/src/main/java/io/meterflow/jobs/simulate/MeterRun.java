package io.meterflow.jobs.simulate;

import io.meterflow.contracts.DeviceInfo;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * One meter through the simulation, a quarter hour at a time: what it measures over the quarter
 * (its commodity's model, bent by its faults), then, at the quarter's end, the readings it sends
 * when its cadence is due. Each meter has its own random stream, so meters do not disturb each
 * other's draws.
 */
abstract class MeterRun {

  static final Duration STEP = SimulationSettings.STEP;

  protected final SimulatedMeter meter;
  protected final SplittableRandom random;
  protected final List<InjectedFault> faults;
  protected final CumulativeRegister index;

  protected MeterRun(SimulatedMeter meter, List<InjectedFault> faults, double initialCounts) {
    this.meter = meter;
    this.random = new SplittableRandom(meter.seed());
    this.faults = faults;
    this.index =
        new CumulativeRegister(
            meter.device().getRegisters().get(0).getDigits(),
            VendorDialect.countsPerCanonicalUnit(meter.commodity()),
            initialCounts);
  }

  /** An index drawn between the bounds (register counts), apart from the meter's other draws. */
  protected static double initialCounts(SimulatedMeter meter, double low, double high) {
    return low + (high - low) * new SplittableRandom(meter.seed() + 1).nextDouble();
  }

  static MeterRun of(SimulatedMeter meter, List<InjectedFault> faults) {
    return switch (meter.commodity()) {
      case ELECTRICITY -> new ElectricityRun(meter, faults);
      case WATER -> new WaterRun(meter, faults);
      default -> new HeatRun(meter, faults);
    };
  }

  /**
   * Simulates the quarter hour that ends at the time (nothing before the first step) and sends what
   * is due at its end.
   */
  final void step(Instant quarterEnd, boolean first, MeterOutput out) throws IOException {
    Instant quarterStart = quarterEnd.minus(STEP);
    if (!first) {
      measure(quarterStart, LocalDateTime.ofInstant(quarterStart, meter.zone()));
      events(quarterStart, quarterEnd, out);
    }
    for (InjectedFault fault : faults) {
      if (fault.type() == FaultType.METER_REPLACEMENT
          && within(fault.start(), quarterStart, quarterEnd)) {
        index.replace();
        out.device(
            DeviceInfo.newBuilder(meter.device())
                .setInstallTime(fault.start())
                .setReplacementTime(fault.start())
                .setUpdatedTime(fault.start())
                .build());
      }
    }
    if (reportsAt(quarterEnd) && !silent(quarterEnd)) {
      report(quarterEnd, out);
    }
  }

  /** Adds what the meter measures over the quarter hour starting at the time. */
  protected abstract void measure(Instant quarterStart, LocalDateTime localStart);

  /** Sends the meter's readings at the time. */
  protected abstract void report(Instant time, MeterOutput out) throws IOException;

  /** Sends the meter's events within the quarter hour (start excluded, end included). */
  protected void events(Instant quarterStart, Instant quarterEnd, MeterOutput out)
      throws IOException {}

  /** Whether the meter cannot send at the time (no power, no network). */
  protected boolean silent(Instant time) {
    return false;
  }

  protected SimulatedReading indexReading(Instant time, List<String> statusCodes) {
    VendorDialect.Unit unit = meter.dialect().unit(meter.commodity());
    return new SimulatedReading(
        meter,
        meter.dialect().indexCode(meter.commodity()),
        unit.value(index.reading()),
        unit.name(),
        time,
        statusCodes,
        SimulatedReading.Kind.INDEX);
  }

  protected boolean active(FaultType type, Instant time) {
    return any(fault -> fault.type() == type && fault.covers(time));
  }

  protected InjectedFault fault(FaultType type) {
    return faults.stream().filter(f -> f.type() == type).findFirst().orElse(null);
  }

  protected boolean any(Predicate<InjectedFault> test) {
    for (InjectedFault fault : faults) {
      if (test.test(fault)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the time lies in (from, to]. */
  protected static boolean within(Instant time, Instant from, Instant to) {
    return time.isAfter(from) && !time.isAfter(to);
  }

  private boolean reportsAt(Instant time) {
    long cadence = meter.cadence().toMillis();
    if (cadence <= Duration.ofHours(1).toMillis()) {
      return time.toEpochMilli() % cadence == 0;
    }
    // Daily meters read at local midnight, whatever the offset is that day.
    return LocalDateTime.ofInstant(time, meter.zone()).toLocalTime().equals(LocalTime.MIDNIGHT);
  }

  /** The local hour of a time, for the daily patterns. */
  protected int localHour(Instant time) {
    return LocalDateTime.ofInstant(time, meter.zone()).getHour();
  }
}
