package io.meterflow.jobs.bench;

import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A job topology as the throughput harness runs it: on generated in-memory input, to discarding
 * sinks, its throughput counted as the records read by the operators that do its work.
 */
interface BenchTopology extends AutoCloseable {

  /** Short name, the first word of its figures: {@code periodize}, {@code leak}, ... */
  String name();

  /**
   * The names of the operators whose input records are counted and whose state is reported apart;
   * each is fed one record per series and 15-minute step of the fleet.
   */
  List<String> countedOperators();

  /** What the state of the counted operators is called in the figures' names. */
  String countedStateName();

  /** Builds the topology with its generated sources and discarding sinks. */
  void attach(StreamExecutionEnvironment env, TopologySetup setup) throws Exception;

  /** Releases what {@link #attach} opened for the run. */
  @Override
  default void close() {}
}
