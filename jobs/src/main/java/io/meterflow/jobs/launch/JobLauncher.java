package io.meterflow.jobs.launch;

import io.meterflow.jobs.config.MeterflowConfig;
import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Starts a {@link SuiteJob} from the arguments of its entry class: {@code --config FILE} and {@code
 * key=value} overrides. On a cluster the environment is the cluster's; run directly, it is a local
 * one.
 */
public final class JobLauncher {

  /**
   * The checkpoint interval when the configuration sets none: the exactly-once Kafka sinks commit
   * on checkpoints, so without checkpointing downstream jobs would never see a record.
   */
  static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(30);

  private JobLauncher() {}

  /** Runs the job until it ends (a streaming job: until it is cancelled). */
  public static void run(SuiteJob job, String[] args) throws Exception {
    MeterflowConfig config = MeterflowConfig.fromArguments(args);
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(flinkConfiguration(config));
    job.attach(env, config);
    env.execute(jobName(job));
  }

  /** Submits the job to the environment and returns without waiting for it to end. */
  public static JobClient submit(
      SuiteJob job, StreamExecutionEnvironment env, MeterflowConfig config) throws Exception {
    job.attach(env, config);
    return env.executeAsync(jobName(job));
  }

  /**
   * The job's Flink configuration: the {@code job.*} settings, with exactly-once checkpointing
   * every {@link #DEFAULT_CHECKPOINT_INTERVAL} unless they say otherwise.
   */
  public static Configuration flinkConfiguration(MeterflowConfig config) {
    Configuration flink = config.jobConfiguration();
    if (!flink.contains(CheckpointingOptions.CHECKPOINTING_INTERVAL)) {
      flink.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, DEFAULT_CHECKPOINT_INTERVAL);
    }
    if (!flink.contains(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE)) {
      flink.set(
          CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
    }
    return flink;
  }

  public static String jobName(SuiteJob job) {
    return "meterflow " + job.name();
  }
}
