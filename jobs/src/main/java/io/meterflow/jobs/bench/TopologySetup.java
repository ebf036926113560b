package io.meterflow.jobs.bench;

import java.time.Duration;

/**
 * One throughput run of a job topology on a mini cluster.
 *
 * @param topology the topology and what of it is counted
 * @param series meters in the generated fleet (one register each)
 * @param parallelism parallelism of the keyed operators (the generators run at 1)
 * @param backend the Flink state backend: {@code hashmap} or {@code rocksdb}
 * @param length how long the run and its measurement last
 */
public record TopologySetup(
    BenchTopology topology, long series, int parallelism, String backend, RunLength length) {

  private static final Duration STEP = Duration.ofMinutes(15);

  /** The records counted per 15-minute step of the fleet: one per series and counted operator. */
  long recordsPerStep() {
    return series * topology.countedOperators().size();
  }

  /** The counted records that cover {@code history} of event time. */
  long recordsFor(Duration history) {
    return recordsPerStep() * (history.toMinutes() / STEP.toMinutes());
  }

  String label() {
    return topology.name() + " p" + parallelism + " " + backend + " " + series;
  }
}
