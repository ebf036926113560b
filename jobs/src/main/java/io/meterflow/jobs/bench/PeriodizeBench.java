package io.meterflow.jobs.bench;

import io.meterflow.contracts.MeterReading;
import io.meterflow.periodize.PeriodizeOutputs;
import io.meterflow.periodize.PeriodizeSettings;
import io.meterflow.periodize.PeriodizeTopology;
import io.meterflow.periodize.WatermarkPlacement;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * dedup-and-periodize with its defaults: water readings and device master data in, every output
 * discarded; the periodizer's input is counted.
 */
final class PeriodizeBench implements BenchTopology {

  /** The operator of PeriodizeTopology whose input is counted and whose state is split out. */
  static final String PERIODIZER = "Deduplicate and periodize series";

  @Override
  public String name() {
    return "periodize";
  }

  @Override
  public List<String> countedOperators() {
    return List.of(PERIODIZER);
  }

  @Override
  public String countedStateName() {
    return "periodizer";
  }

  @Override
  public void attach(StreamExecutionEnvironment env, TopologySetup setup) {
    PeriodizeOutputs outputs =
        PeriodizeTopology.build(
            FleetStreams.endless(
                env, new FleetReadings(setup.series()), MeterReading.class, "readings"),
            FleetStreams.devices(env, setup.series(), FleetMeters.WATER),
            PeriodizeSettings.defaults(),
            WatermarkPlacement.IN_TOPOLOGY);
    FleetStreams.discard(outputs.accepted(), "accepted");
    FleetStreams.discard(outputs.late(), "late");
    FleetStreams.discard(outputs.rejected(), "rejected");
    FleetStreams.discard(outputs.intervals(), "intervals");
    FleetStreams.discard(outputs.aggregates(), "aggregates");
  }
}
