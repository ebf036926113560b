package io.meterflow.jobs.simulate;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic simulation of a meter fleet: the fleet ({@link FleetModel}), its faults ({@link
 * FaultPlan}), and the meters run a quarter hour at a time, all meters per step, in fleet order.
 * Everything random comes from the seed, so the same settings give the same stream.
 */
public final class Simulation {

  private final SimulationSettings settings;
  private final List<SimulatedMeter> fleet;
  private final FaultPlan plan;

  private Simulation(SimulationSettings settings, List<SimulatedMeter> fleet, FaultPlan plan) {
    this.settings = settings;
    this.fleet = fleet;
    this.plan = plan;
  }

  public static Simulation of(SimulationSettings settings) {
    List<SimulatedMeter> fleet = FleetModel.build(settings);
    return new Simulation(settings, fleet, FaultPlan.plan(fleet, settings));
  }

  public List<SimulatedMeter> fleet() {
    return fleet;
  }

  public FaultPlan plan() {
    return plan;
  }

  /** Runs the simulation into the sink; the caller closes the sink. */
  public SimulationSummary run(SimulationSink sink) throws IOException {
    return run(sink, settings.end());
  }

  /**
   * Runs the simulation into the sink until the time, which may lie beyond the simulated days: the
   * meters then go on as usual, free of faults (the faults all lie within the simulated days). The
   * caller closes the sink.
   */
  public SimulationSummary run(SimulationSink sink, Instant until) throws IOException {
    for (InjectedFault fault : plan.faults()) {
      sink.groundTruth(fault);
    }
    for (SimulatedMeter meter : fleet) {
      sink.device(meter.device());
    }
    List<MeterRun> runs = new ArrayList<>(fleet.size());
    for (SimulatedMeter meter : fleet) {
      runs.add(MeterRun.of(meter, plan.of(meter)));
    }
    ReadingDelivery delivery = new ReadingDelivery(sink, plan);
    Instant start = settings.start();
    long steps = Duration.between(start, until).dividedBy(SimulationSettings.STEP);
    for (int step = 0; step <= steps; step++) {
      Instant time = start.plus(SimulationSettings.STEP.multipliedBy(step));
      sink.advanced(time);
      delivery.release(time);
      for (MeterRun run : runs) {
        run.step(time, step == 0, delivery);
      }
    }
    delivery.flush();
    return delivery.summary();
  }
}
