package io.meterflow.jobs.testing;

import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.launch.JobLauncher;
import io.meterflow.jobs.launch.SuiteJob;
import io.meterflow.jobs.services.HostPort;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A job of the suite running on the test's MiniCluster, as its entry class would run it on a
 * cluster, with a bounded restart strategy: a broken job fails the test instead of restarting
 * forever. Closing it cancels the job.
 */
public final class RunningJob implements AutoCloseable {

  private final JobClient client;

  private RunningJob(JobClient client) {
    this.client = client;
  }

  /**
   * Submits the job at parallelism 2 with the suite's configuration, allowing it {@code restarts}
   * restarts.
   */
  public static RunningJob start(SuiteJob job, MeterflowConfig config, int restarts)
      throws Exception {
    return start(job, config, restarts, 2);
  }

  /** Submits the job at the given parallelism. */
  public static RunningJob start(
      SuiteJob job, MeterflowConfig config, int restarts, int parallelism) throws Exception {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(boundedRestarts(config, restarts));
    env.setParallelism(parallelism);
    return new RunningJob(JobLauncher.submit(job, env, config));
  }

  /**
   * Submits the job at parallelism 2 to a session cluster through its REST API, with the fat jar,
   * as {@code meterflow run JOB --jobmanager HOST:PORT} does.
   */
  public static RunningJob submit(
      SuiteJob job, MeterflowConfig config, int restarts, HostPort jobManager, Path fatJar)
      throws Exception {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createRemoteEnvironment(
            jobManager.host(),
            jobManager.port(),
            boundedRestarts(config, restarts),
            fatJar.toString());
    env.setParallelism(2);
    return new RunningJob(JobLauncher.submit(job, env, config));
  }

  private static Configuration boundedRestarts(MeterflowConfig config, int restarts) {
    Configuration flink = JobLauncher.flinkConfiguration(config);
    flink.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    flink.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restarts);
    flink.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(500));
    return flink;
  }

  public JobClient client() {
    return client;
  }

  @Override
  public void close() throws ExecutionException {
    try {
      client.cancel().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
