package io.meterflow.jobs.simulate;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** A district heat meter: an energy register read hourly or daily. */
final class HeatRun extends MeterRun {

  private static final double COUNTS_PER_KWH_QUARTER = 100 * 0.25;

  private final HeatDemand demand;

  HeatRun(SimulatedMeter meter, List<InjectedFault> faults) {
    super(meter, faults, initialCounts(meter, 1e5, 2.1e6));
    this.demand = HeatDemand.draw(random);
  }

  @Override
  protected void measure(Instant quarterStart, LocalDateTime localStart) {
    index.add(Math.max(0, demand.kilowatts(localStart, random)) * COUNTS_PER_KWH_QUARTER);
  }

  @Override
  protected void report(Instant time, MeterOutput out) throws IOException {
    out.reading(indexReading(time, List.of()));
  }
}
