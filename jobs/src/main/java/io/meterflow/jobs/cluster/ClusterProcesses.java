package io.meterflow.jobs.cluster;

import io.meterflow.jobs.services.HostPort;
import io.meterflow.jobs.services.ServiceFolder;
import io.meterflow.jobs.services.ServiceProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The processes recorded in a cluster folder, found by their PID files (and the folder marker on
 * their command lines, so a reused PID is never touched): for {@code cluster stop} and {@code
 * cluster status}, which run in a JVM other than the one that started the cluster.
 */
public final class ClusterProcesses {
  static final String JOB_MANAGER = "jobmanager";
  static final String TASK_MANAGER_PREFIX = "taskmanager-";

  /** A process that was stopped, and how. */
  public record Stopped(String name, long pid, ServiceProcess.StopOutcome outcome) {}

  /** A process of the folder that is still running. */
  public record Running(String name, long pid) {}

  /**
   * What {@code cluster status} reports.
   *
   * @param restAddress where the last start said the REST endpoint is
   * @param registeredTaskManagers the TaskManagers the JobManager lists, empty if it does not
   *     answer
   */
  public record Status(
      Optional<HostPort> restAddress,
      List<Running> processes,
      Optional<Set<String>> registeredTaskManagers) {

    /** The JobManager answers and lists every TaskManager process that runs. */
    public boolean healthy() {
      long taskManagers =
          processes.stream()
              .filter(process -> process.name().startsWith(TASK_MANAGER_PREFIX))
              .count();
      return processes.stream().anyMatch(process -> process.name().equals(JOB_MANAGER))
          && registeredTaskManagers.map(ids -> ids.size() == taskManagers).orElse(false);
    }
  }

  private ClusterProcesses() {}

  /** Stops the TaskManagers first, so they do not log the JobManager's absence, then the rest. */
  public static List<Stopped> stop(ClusterSettings settings)
      throws IOException, InterruptedException {
    List<Stopped> stopped = new ArrayList<>();
    List<ServiceFolder> folders = new ArrayList<>(folders(settings));
    folders.sort((a, b) -> Boolean.compare(isJobManager(a), isJobManager(b)));
    for (ServiceFolder folder : folders) {
      Optional<ProcessHandle> process = folder.runningProcess();
      if (process.isPresent()) {
        ServiceProcess.StopOutcome outcome =
            ServiceProcess.stop(process.get(), settings.stopGracePeriod());
        stopped.add(new Stopped(folder.service(), process.get().pid(), outcome));
      }
      folder.forgetPid();
    }
    Files.deleteIfExists(settings.addressFile());
    return stopped;
  }

  static void stopQuietly(ClusterSettings settings, Consumer<String> progress) {
    try {
      stop(settings);
    } catch (IOException | RuntimeException e) {
      progress.accept("Stopping the Flink cluster failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static Status status(ClusterSettings settings) throws IOException {
    List<Running> running = new ArrayList<>();
    for (ServiceFolder folder : folders(settings)) {
      folder
          .runningProcess()
          .ifPresent(process -> running.add(new Running(folder.service(), process.pid())));
    }
    Optional<HostPort> address =
        Files.isRegularFile(settings.addressFile())
            ? Optional.of(
                HostPort.parse(
                    Files.readString(settings.addressFile(), StandardCharsets.UTF_8).trim()))
            : Optional.empty();
    Optional<Set<String>> registered =
        address.filter(a -> !running.isEmpty()).flatMap(a -> new ClusterRest(a).taskManagerIds());
    return new Status(address, running, registered);
  }

  private static boolean isJobManager(ServiceFolder folder) {
    return folder.service().equals(JOB_MANAGER);
  }

  private static List<ServiceFolder> folders(ClusterSettings settings) throws IOException {
    Path root = settings.clusterRoot();
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(Files::isDirectory)
          .map(child -> child.getFileName().toString())
          .filter(name -> name.equals(JOB_MANAGER) || name.startsWith(TASK_MANAGER_PREFIX))
          .sorted()
          .map(name -> new ServiceFolder(name, root))
          .toList();
    }
  }
}
