package io.meterflow.jobs.launch;

import io.meterflow.jobs.cli.Command;
import io.meterflow.jobs.cli.UsageException;
import io.meterflow.jobs.config.ConfigException;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.services.HostPort;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code meterflow run JOB [--jobmanager HOST:PORT] [--config FILE] [key=value ...]}: one job of
 * the suite. With {@code --jobmanager}, the fat jar and the job are submitted to that session
 * cluster's REST endpoint and the command returns once it is accepted; without, the job runs in
 * this process on a local cluster with its web UI on 127.0.0.1 until it is stopped (Ctrl-C).
 */
public final class RunCommand implements Command {

  private static final String JOBMANAGER = "--jobmanager";

  private final PrintStream out;

  public RunCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String description() {
    return "JOB [--jobmanager HOST:PORT] [--config FILE] [key=value ...]  run one job ("
        + String.join(", ", SuiteJobs.names())
        + ")";
  }

  @Override
  public int run(List<String> args) throws Exception {
    if (args.isEmpty()) {
      throw new UsageException("name the job to run: one of " + SuiteJobs.names());
    }
    SuiteJob job =
        SuiteJobs.named(args.get(0))
            .orElseThrow(
                () ->
                    new UsageException(
                        "unknown job '" + args.get(0) + "': one of " + SuiteJobs.names()));
    List<String> rest = new ArrayList<>(args.subList(1, args.size()));
    HostPort jobManager = null;
    int flag = rest.indexOf(JOBMANAGER);
    if (flag >= 0) {
      if (flag + 1 >= rest.size()) {
        throw new UsageException(JOBMANAGER + " needs HOST:PORT, the cluster's REST address");
      }
      jobManager = parseJobManager(rest.get(flag + 1));
      rest.subList(flag, flag + 2).clear();
    }
    MeterflowConfig config;
    try {
      config = MeterflowConfig.fromArguments(rest.toArray(String[]::new));
    } catch (ConfigException e) {
      throw new UsageException(e.getMessage());
    }
    Configuration flink = JobLauncher.flinkConfiguration(config);
    if (jobManager == null) {
      runLocally(job, config, flink);
    } else {
      submit(job, config, flink, jobManager);
    }
    return 0;
  }

  private void runLocally(SuiteJob job, MeterflowConfig config, Configuration flink)
      throws Exception {
    flink.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
    flink.set(RestOptions.ADDRESS, "127.0.0.1");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(flink);
    out.printf(
        "running %s locally; web UI on http://127.0.0.1:%d (Ctrl-C stops it)%n",
        job.name(), flink.get(RestOptions.PORT));
    job.attach(env, config);
    env.execute(JobLauncher.jobName(job));
  }

  private void submit(
      SuiteJob job, MeterflowConfig config, Configuration flink, HostPort jobManager)
      throws Exception {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createRemoteEnvironment(
            jobManager.host(), jobManager.port(), flink, fatJar().toString());
    JobClient client = JobLauncher.submit(job, env, config);
    out.printf(
        "submitted %s as job %s to http://%s:%d%n",
        job.name(), client.getJobID(), jobManager.host(), jobManager.port());
  }

  private static HostPort parseJobManager(String text) {
    try {
      return HostPort.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(JOBMANAGER + " " + text + ": " + e.getMessage());
    }
  }

  /** The jar this command runs from: the fat jar that holds every job and its dependencies. */
  private static Path fatJar() throws URISyntaxException {
    Path location =
        Path.of(RunCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!Files.isRegularFile(location)) {
      throw new IllegalStateException(
          "submitting to a cluster needs the fat jar; run bin/meterflow, not the classes in "
              + location);
    }
    return location;
  }
}
