package io.meterflow.jobs.cluster;

import io.meterflow.jobs.services.FreePorts;
import io.meterflow.jobs.services.HostPort;
import io.meterflow.jobs.services.Jdk;
import io.meterflow.jobs.services.JdkDiscovery;
import io.meterflow.jobs.services.LocalServiceException;
import io.meterflow.jobs.services.Readiness;
import io.meterflow.jobs.services.RepositoryRoot;
import io.meterflow.jobs.services.ServiceArtifacts;
import io.meterflow.jobs.services.ServiceFolder;
import io.meterflow.jobs.services.ServiceProcess;
import io.meterflow.jobs.services.StopOnExit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A Flink session cluster of separate processes on 127.0.0.1, as Flink's own scripts start one: a
 * JobManager ({@value FlinkJvm#JOB_MANAGER_CLASS}) and TaskManagers ({@value
 * FlinkJvm#TASK_MANAGER_CLASS}), each its own JVM with its folder, log and PID file under the
 * cluster folder. The processes outlive the JVM that started them; {@link #stop()} (or {@link
 * ClusterProcesses#stop}) ends them, and only them, by PID.
 *
 * <p>For tests of recovery, a TaskManager can be killed as a crash would kill it (SIGKILL) and a
 * replacement started.
 */
public final class SessionCluster implements AutoCloseable {
  private static final String LOG4J_RESOURCE = "flink-log4j.properties";

  private final ClusterSettings settings;
  private final FlinkJvm jvm;
  private final HostPort restAddress;
  private final ClusterRest rest;
  private final Consumer<String> progress;
  private final ServiceProcess jobManager;
  private final Map<String, ServiceProcess> taskManagers = new LinkedHashMap<>();
  private int launchedTaskManagers;

  private SessionCluster(
      ClusterSettings settings,
      FlinkJvm jvm,
      HostPort restAddress,
      Consumer<String> progress,
      ServiceProcess jobManager) {
    this.settings = settings;
    this.jvm = jvm;
    this.restAddress = restAddress;
    this.rest = new ClusterRest(restAddress);
    this.progress = progress;
    this.jobManager = jobManager;
  }

  /**
   * Stops what an earlier start left running in the folder, starts from empty data, and returns
   * once all {@code taskManagers} are registered with the JobManager; or fails with a message that
   * names the log to read, and then nothing is left running.
   */
  public static SessionCluster start(
      ClusterSettings settings, int taskManagers, Consumer<String> progress)
      throws IOException, InterruptedException {
    if (taskManagers < 1) {
      throw new IllegalArgumentException("A session cluster needs at least one TaskManager");
    }
    ClusterProcesses.stop(settings)
        .forEach(
            stopped ->
                progress.accept(
                    "Stopped " + stopped.name() + " (pid " + stopped.pid() + ") left from before"));
    Path root = settings.clusterRoot();
    new ServiceFolder(root.getFileName().toString(), root.getParent()).reset();
    Jdk jdk = JdkDiscovery.forThisMachine().forFlink();
    String classpath =
        new ServiceArtifacts(RepositoryRoot.locate(), root, progress).flinkClasspath();
    FreePorts ports = new FreePorts();
    FlinkConfigYaml config =
        new FlinkConfigYaml(ports.next(), ports.next(), ports.next(), settings.taskSlots(), root);
    Files.createDirectories(settings.confDir());
    Files.writeString(
        settings.confDir().resolve("config.yaml"), config.render(), StandardCharsets.UTF_8);
    FlinkJvm jvm =
        new FlinkJvm(
            jdk, classpath, settings.confDir(), copyLogging(settings), settings.readyTimeout());
    HostPort restAddress = new HostPort(FreePorts.LOOPBACK, config.restPort());

    progress.accept(
        "Starting a Flink session cluster (1 JobManager, "
            + taskManagers
            + " TaskManagers) in "
            + root);
    long startedAt = System.nanoTime();
    StopOnExit guard = new StopOnExit(() -> ClusterProcesses.stopQuietly(settings, progress));
    boolean started = false;
    try {
      ServiceProcess jobManager =
          jvm.launchJobManager(new ServiceFolder(ClusterProcesses.JOB_MANAGER, root));
      SessionCluster cluster = new SessionCluster(settings, jvm, restAddress, progress, jobManager);
      for (int i = 0; i < taskManagers; i++) {
        cluster.launchTaskManager();
      }
      cluster.awaitRegistered(jobManager, cluster.taskManagers.keySet());
      Files.writeString(settings.addressFile(), restAddress + "\n", StandardCharsets.UTF_8);
      progress.accept(
          String.format(
              "Flink answers at %s after %.1f s (JobManager pid %d, log %s)",
              cluster.webUiUrl(),
              (System.nanoTime() - startedAt) / 1e9,
              jobManager.pid(),
              jobManager.logFile()));
      started = true;
      return cluster;
    } finally {
      if (!started) {
        ClusterProcesses.stopQuietly(settings, progress);
      }
      guard.close();
    }
  }

  /** Stops this cluster if this JVM exits before {@link StopOnExit#close()} is called. */
  public StopOnExit stopOnExit() {
    return new StopOnExit(() -> ClusterProcesses.stopQuietly(settings, progress));
  }

  /** The REST endpoint that clients submit to ({@code --jobmanager}). */
  public HostPort restAddress() {
    return restAddress;
  }

  public String webUiUrl() {
    return "http://" + restAddress;
  }

  /** The resource ids of the TaskManagers started here and not killed, in start order. */
  public List<String> taskManagerIds() {
    return List.copyOf(taskManagers.keySet());
  }

  /** Starts one more TaskManager and returns its resource id once the JobManager has it. */
  public String startTaskManager() throws IOException, InterruptedException {
    String id = launchTaskManager();
    awaitRegistered(taskManagers.get(id), Set.of(id));
    progress.accept("TaskManager " + id + " registered (pid " + taskManagers.get(id).pid() + ")");
    return id;
  }

  /**
   * Kills the TaskManager with SIGKILL, as a crash or the kernel's OOM killer would: no shutdown
   * hooks, no goodbye to the JobManager, which notices it through missed heartbeats. Returns the
   * exit value, 137 (128 + SIGKILL) on Linux.
   */
  public int killTaskManager(String id) throws IOException, InterruptedException {
    ServiceProcess taskManager = taskManagers.remove(id);
    if (taskManager == null) {
      throw new IllegalArgumentException(
          "No running TaskManager " + id + "; running: " + taskManagers.keySet());
    }
    int exitValue = taskManager.kill();
    progress.accept(
        "Killed TaskManager " + id + " (pid " + taskManager.pid() + ", exit " + exitValue + ")");
    return exitValue;
  }

  /** Stops every process of the cluster folder (SIGTERM, then SIGKILL after the grace period). */
  public List<ClusterProcesses.Stopped> stop() throws IOException, InterruptedException {
    taskManagers.clear();
    return ClusterProcesses.stop(settings);
  }

  @Override
  public void close() throws IOException {
    try {
      stop();
    } catch (InterruptedException e) {
      // Interrupted while waiting for a process to exit: the shutdown hook, if any, goes on.
      Thread.currentThread().interrupt();
    }
  }

  private String launchTaskManager() throws IOException, InterruptedException {
    launchedTaskManagers++;
    String id = ClusterProcesses.TASK_MANAGER_PREFIX + launchedTaskManagers;
    taskManagers.put(id, jvm.launchTaskManager(new ServiceFolder(id, settings.clusterRoot())));
    return id;
  }

  /** Waits until the JobManager lists the TaskManagers; fails as soon as one of them exits. */
  private void awaitRegistered(ServiceProcess watched, Set<String> ids)
      throws InterruptedException {
    List<ServiceProcess> processes = new ArrayList<>(taskManagers.values());
    processes.add(jobManager);
    Readiness.await(
        watched == jobManager ? "The Flink JobManager" : "Flink TaskManager " + ids,
        webUiUrl(),
        watched,
        settings.readyTimeout(),
        () -> {
          requireAlive(processes);
          return rest.taskManagerIds().map(registered -> registered.containsAll(ids)).orElse(false);
        });
  }

  private static void requireAlive(List<ServiceProcess> processes) {
    for (ServiceProcess process : processes) {
      if (!process.isAlive()) {
        throw new LocalServiceException(
            String.format(
                "A Flink process exited with code %d while the cluster started; see %s",
                process.exitValue(), process.logFile()));
      }
    }
  }

  private static Path copyLogging(ClusterSettings settings) throws IOException {
    Path target = settings.confDir().resolve("log4j.properties");
    try (InputStream resource = SessionCluster.class.getResourceAsStream(LOG4J_RESOURCE)) {
      if (resource == null) {
        throw new IllegalStateException(LOG4J_RESOURCE + " is missing from the meterflow jar");
      }
      Files.copy(resource, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }
}
