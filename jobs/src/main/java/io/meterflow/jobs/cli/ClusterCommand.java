package io.meterflow.jobs.cli;

import io.meterflow.jobs.cluster.ClusterProcesses;
import io.meterflow.jobs.cluster.ClusterSettings;
import io.meterflow.jobs.cluster.SessionCluster;
import io.meterflow.jobs.services.HostPort;
import io.meterflow.jobs.services.RepositoryRoot;
import io.meterflow.jobs.services.ServiceProcess.StopOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code meterflow cluster start [--taskmanagers N] [--slots S] | stop | status}: a local Flink
 * session cluster of separate processes, as users run one before Kubernetes. {@code start} leaves
 * it running after the command exits and prints the web UI and the {@code run} line that submits a
 * job to it; {@code status} exits 0 only when the JobManager answers and lists every TaskManager.
 */
final class ClusterCommand implements Command {
  private static final String USAGE =
      "expected one of: start [--taskmanagers N] [--slots S], stop, status";
  private static final int DEFAULT_TASK_MANAGERS = 2;

  private final PrintStream out;
  private final Supplier<ClusterSettings> settings;

  ClusterCommand(PrintStream out) {
    this(out, () -> ClusterSettings.forThisProcess(RepositoryRoot::locate));
  }

  ClusterCommand(PrintStream out, Supplier<ClusterSettings> settings) {
    this.out = out;
    this.settings = settings;
  }

  @Override
  public String description() {
    return "start [--taskmanagers N] [--slots S]|stop|status  a local Flink session cluster";
  }

  @Override
  public int run(List<String> args) throws IOException, InterruptedException {
    if (args.isEmpty()) {
      throw new UsageException(USAGE);
    }
    List<String> options = args.subList(1, args.size());
    if (!args.get(0).equals("start") && !options.isEmpty()) {
      throw new UsageException(args.get(0) + " takes no arguments");
    }
    return switch (args.get(0)) {
      case "start" -> start(options);
      case "stop" -> stop();
      case "status" -> status();
      default -> throw new UsageException(USAGE + ", not '" + args.get(0) + "'");
    };
  }

  private int start(List<String> options) throws IOException, InterruptedException {
    int taskManagers = DEFAULT_TASK_MANAGERS;
    ClusterSettings cluster = settings.get();
    for (int i = 0; i < options.size(); i += 2) {
      String option = options.get(i);
      if (i + 1 >= options.size()) {
        throw new UsageException(option + " needs a number");
      }
      int value = positive(option, options.get(i + 1));
      switch (option) {
        case "--taskmanagers" -> taskManagers = value;
        case "--slots" -> cluster = cluster.withTaskSlots(value);
        default -> throw new UsageException("unknown option '" + option + "'; " + USAGE);
      }
    }
    ClusterProcesses.Status status = ClusterProcesses.status(cluster);
    if (status.healthy()) {
      out.println(
          "The local Flink cluster is already running (`meterflow cluster stop` stops it).");
      printHowToUse(status.restAddress().orElseThrow());
      return 0;
    }
    SessionCluster started = SessionCluster.start(cluster, taskManagers, out::println);
    printHowToUse(started.restAddress());
    return 0;
  }

  private int stop() throws IOException, InterruptedException {
    ClusterSettings cluster = settings.get();
    List<ClusterProcesses.Stopped> stopped = ClusterProcesses.stop(cluster);
    if (stopped.isEmpty()) {
      out.println("No Flink cluster was running from " + cluster.clusterRoot());
    }
    for (ClusterProcesses.Stopped process : stopped) {
      out.printf(
          "Stopped %s (pid %d)%s%n",
          process.name(),
          process.pid(),
          process.outcome() == StopOutcome.KILLED ? ": it ignored SIGTERM and was killed" : "");
    }
    return 0;
  }

  private int status() throws IOException {
    ClusterSettings cluster = settings.get();
    ClusterProcesses.Status status = ClusterProcesses.status(cluster);
    out.println("Cluster folder: " + cluster.clusterRoot());
    if (status.processes().isEmpty()) {
      out.println("  not running");
    }
    status
        .processes()
        .forEach(process -> out.printf("  %-16s pid %d%n", process.name(), process.pid()));
    status
        .restAddress()
        .filter(address -> !status.processes().isEmpty())
        .ifPresent(
            address ->
                out.println(
                    "  web UI http://"
                        + address
                        + status
                            .registeredTaskManagers()
                            .map(ids -> ", TaskManagers registered: " + ids.size())
                            .orElse(", does not answer")));
    return status.healthy() ? 0 : CommandRegistry.FAILED;
  }

  private void printHowToUse(HostPort restAddress) {
    out.println();
    out.println("Web UI: http://" + restAddress);
    out.println("Submit a job: bin/meterflow run JOB --jobmanager " + restAddress);
    out.println("Stop it: bin/meterflow cluster stop");
  }

  private static int positive(String option, String text) {
    try {
      int value = Integer.parseInt(text);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the value that was given
    }
    throw new UsageException(option + " needs a positive number, not '" + text + "'");
  }
}
