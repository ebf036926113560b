package io.meterflow.jobs.launch;

import io.meterflow.jobs.config.MeterflowConfig;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * One deployable job of the suite: its name, and how it attaches its sources, its module's topology
 * and its sinks to an execution environment. The environment is given, so the same job runs on a
 * cluster (its entry class), in {@code bin/meterflow run} and in the tests' MiniCluster.
 */
public interface SuiteJob {

  /**
   * The job's name, e.g. {@code leak-detection}: its name on the cluster, its Kafka consumer group
   * and the start of its sinks' transactional ids, so it must not change between releases.
   */
  String name();

  void attach(StreamExecutionEnvironment env, MeterflowConfig config);
}
