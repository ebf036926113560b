package io.meterflow.jobs.bench;

import java.time.Duration;

/**
 * One throughput run of the dedup-and-periodize topology on a mini cluster.
 *
 * @param series meters in the generated fleet (one register each)
 * @param parallelism parallelism of the keyed operators (the generator runs at 1)
 * @param backend the Flink state backend: {@code hashmap} or {@code rocksdb}
 * @param warmUp how long the job runs before the measurement starts
 * @param measure how long the measurement lasts at most
 * @param days event time after which the measurement stops early
 */
public record TopologySetup(
    long series, int parallelism, String backend, Duration warmUp, Duration measure, int days) {

  /** The readings that cover {@link #days()} of event time. */
  long recordsForDays() {
    return series * days * 96L;
  }

  String label() {
    return "periodize p" + parallelism + " " + backend + " " + series;
  }
}
