package io.meterflow.jobs.bench;

import java.time.Duration;

/**
 * One throughput run of a job topology on a mini cluster.
 *
 * @param topology the topology and what of it is counted
 * @param series meters in the generated fleet (one register each)
 * @param parallelism parallelism of the keyed operators (the generators run at 1)
 * @param backend the Flink state backend: {@code hashmap} or {@code rocksdb}
 * @param warmUp how long the job runs before the measurement starts
 * @param measure how long the measurement lasts at most
 * @param days event time after which the measurement stops early
 */
public record TopologySetup(
    BenchTopology topology,
    long series,
    int parallelism,
    String backend,
    Duration warmUp,
    Duration measure,
    int days) {

  /** The records counted per 15-minute step of the fleet: one per series and counted operator. */
  long recordsPerStep() {
    return series * topology.countedOperators().size();
  }

  /** The counted records that cover {@link #days()} of event time. */
  long recordsForDays() {
    return recordsPerStep() * days * 96L;
  }

  String label() {
    return topology.name() + " p" + parallelism + " " + backend + " " + series;
  }
}
