package io.meterflow.jobs.simulate;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A household water meter with a 1-litre register. Its faults: a leak that runs day and night (a
 * running toilet), a drip that keeps the night from standstill, a burst, the meter's own LEAK code,
 * and a register that is about to wrap at its 5 digits (m3).
 */
final class WaterRun extends MeterRun {

  private static final double QUARTERS_PER_HOUR = 4;
  private static final List<String> LEAK_CODE = List.of("LEAK");

  private final WaterUse use;

  WaterRun(SimulatedMeter meter, List<InjectedFault> faults) {
    super(meter, faults, initialLitres(meter, faults));
    this.use = WaterUse.draw(random);
  }

  private static double initialLitres(SimulatedMeter meter, List<InjectedFault> faults) {
    for (InjectedFault fault : faults) {
      if (fault.type() == FaultType.ROLLOVER) {
        return 1e8 - fault.number("litresBeforeWrap");
      }
    }
    return initialCounts(meter, 5e4, 2.05e6);
  }

  @Override
  protected void measure(Instant quarterStart, LocalDateTime localStart) {
    double litres = use.litres(localStart.getHour(), random);
    for (InjectedFault fault : faults) {
      if (fault.covers(quarterStart)) {
        litres += leakLitresPerHour(fault) / QUARTERS_PER_HOUR;
      }
    }
    index.add(litres);
  }

  private static double leakLitresPerHour(InjectedFault fault) {
    return switch (fault.type()) {
      case CONTINUOUS_FLOW, NIGHT_FLOW -> fault.number("leakLitresPerHour");
      case BURST -> fault.number("flowLitresPerHour");
      default -> 0;
    };
  }

  @Override
  protected void report(Instant time, MeterOutput out) throws IOException {
    out.reading(indexReading(time, active(FaultType.METER_CODE, time) ? LEAK_CODE : List.of()));
  }
}
