package io.meterflow.jobs.simulate;

import io.meterflow.contracts.DeviceInfo;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A household electricity meter: import and export registers (export rises only with PV), and a
 * voltage per phase. Its faults: no consumption, an implausible quarter hour, an evening far above
 * its usual (a new heat pump), unregistered PV, voltage sags, swells and interruptions, power
 * failures (POWER_FAIL and POWER_RESTORED on the event register, silence in between) and
 * communication loss (silence).
 */
final class ElectricityRun extends MeterRun {

  private static final double QUARTER_HOURS = 0.25;
  private static final double WH_PER_KWH = 1000;

  private final HouseholdLoad load;
  private final SolarGeneration solar;
  private final SolarGeneration unregisteredSolar;
  private final CumulativeRegister export;
  private LocalDate clearnessDay;
  private double clearness;

  ElectricityRun(SimulatedMeter meter, List<InjectedFault> faults) {
    super(meter, faults, initialCounts(meter, 1e6, 4.1e7));
    this.load = HouseholdLoad.draw(random);
    this.solar = meter.device().getHasGeneration() ? SolarGeneration.draw(random) : null;
    InjectedFault reverse = fault(FaultType.REVERSE_FLOW);
    this.unregisteredSolar =
        reverse == null ? null : new SolarGeneration(reverse.number("unregisteredPvPeakKw"));
    this.export =
        new CumulativeRegister(6, VendorDialect.countsPerCanonicalUnit(meter.commodity()), 0);
  }

  @Override
  protected void measure(Instant quarterStart, LocalDateTime localStart) {
    if (!localStart.toLocalDate().equals(clearnessDay)) {
      clearnessDay = localStart.toLocalDate();
      clearness = SolarGeneration.clearness(random);
    }
    double demand = load.kilowatts(localStart, random);
    double generation = solar == null ? 0 : solar.kilowatts(localStart, clearness);
    if (unregisteredSolar != null && active(FaultType.REVERSE_FLOW, quarterStart)) {
      generation += unregisteredSolar.kilowatts(localStart, clearness);
    }
    if (active(FaultType.BASELINE_DEVIATION, quarterStart)) {
      demand += fault(FaultType.BASELINE_DEVIATION).number("extraKw");
    }
    if (active(FaultType.ZERO_CONSUMPTION, quarterStart)
        || active(FaultType.OUTAGE, quarterStart)) {
      demand = 0;
      generation = 0;
    }
    double net = demand - generation;
    index.add(Math.max(0, net) * QUARTER_HOURS * WH_PER_KWH);
    export.add(Math.max(0, -net) * QUARTER_HOURS * WH_PER_KWH);
    if (active(FaultType.IMPLAUSIBLE_CONSUMPTION, quarterStart)) {
      DeviceInfo device = meter.device();
      double fuseKw = device.getPhases() * device.getMainFuseAmps() * PhaseVoltage.NOMINAL / 1000;
      double multiple = fault(FaultType.IMPLAUSIBLE_CONSUMPTION).number("fuseCapacityMultiple");
      index.add(multiple * fuseKw * QUARTER_HOURS * WH_PER_KWH);
    }
  }

  @Override
  protected void events(Instant quarterStart, Instant quarterEnd, MeterOutput out)
      throws IOException {
    for (InjectedFault fault : faults) {
      if (fault.type() != FaultType.OUTAGE) {
        continue;
      }
      if (within(fault.start(), quarterStart, quarterEnd)) {
        out.reading(event(fault.start(), "POWER_FAIL"));
      }
      if (within(fault.end(), quarterStart, quarterEnd)) {
        out.reading(event(fault.end(), "POWER_RESTORED"));
      }
    }
  }

  @Override
  protected boolean silent(Instant time) {
    return active(FaultType.OUTAGE, time) || active(FaultType.COMMUNICATION_LOSS, time);
  }

  @Override
  protected void report(Instant time, MeterOutput out) throws IOException {
    VendorDialect dialect = meter.dialect();
    VendorDialect.Unit unit = dialect.unit(meter.commodity());
    out.reading(indexReading(time, List.of()));
    out.reading(
        new SimulatedReading(
            meter,
            dialect.exportCode(),
            unit.value(export.reading()),
            unit.name(),
            time,
            List.of(),
            SimulatedReading.Kind.OTHER));
    Double share = disturbance(time);
    int hour = localHour(time);
    for (int phase = 0; phase < meter.device().getPhases(); phase++) {
      double volts =
          share == null
              ? PhaseVoltage.healthy(hour, random)
              : PhaseVoltage.disturbed(share, random);
      out.reading(
          new SimulatedReading(
              meter,
              dialect.voltageCode(phase),
              volts,
              "V",
              time,
              List.of(),
              SimulatedReading.Kind.OTHER));
    }
  }

  /** The share of nominal voltage a voltage fault holds at the time; null when none does. */
  private Double disturbance(Instant time) {
    for (InjectedFault fault : faults) {
      boolean voltage =
          fault.type() == FaultType.VOLTAGE_SAG
              || fault.type() == FaultType.VOLTAGE_SWELL
              || fault.type() == FaultType.INTERRUPTION;
      if (voltage && fault.covers(time)) {
        return fault.number("shareOfNominal");
      }
    }
    return null;
  }

  private SimulatedReading event(Instant time, String code) {
    return new SimulatedReading(
        meter,
        VendorDialect.EVENT_CODE,
        1,
        "count",
        time,
        List.of(code),
        SimulatedReading.Kind.EVENT);
  }
}
