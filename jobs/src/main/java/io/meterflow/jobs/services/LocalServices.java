package io.meterflow.jobs.services;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Starts, stops and reports the local Kafka broker, Apicurio Registry and Cassandra node of one
 * services folder. Start begins from empty data every time (the registry keeps its schemas in
 * memory, so older Kafka data would refer to schema ids that no longer exist), runs the three
 * starts in parallel, and writes {@code endpoints.properties} once all three answer. The processes
 * outlive the JVM that started them; {@link #stop()} ends them, and only them, by PID.
 */
public final class LocalServices {
  private final ServiceSettings settings;
  private final Consumer<String> progress;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public LocalServices(ServiceSettings settings, Consumer<String> progress) {
    this.settings = settings;
    this.progress = progress;
  }

  public ServiceSettings settings() {
    return settings;
  }

  /**
   * Starts the three services and returns their endpoints, or fails with a message that says which
   * service did not start and where its log is; then nothing is left running.
   */
  public ServiceEndpoints start() throws IOException, InterruptedException {
    List<StoppedService> leftovers = stop();
    leftovers.forEach(
        stopped ->
            progress.accept(
                "Stopped "
                    + stopped.kind().displayName()
                    + " (pid "
                    + stopped.pid()
                    + ") left from an earlier start"));
    List<LocalService> services = prepare();
    FreePorts ports = new FreePorts();
    progress.accept(
        "Starting Kafka, Apicurio Registry and Cassandra in " + settings.servicesRoot());
    // A Ctrl-C (or a failure) half way must not leave some of them running.
    StopOnExit guard = stopOnExit();
    boolean started = false;
    try {
      List<StartedService> running = inParallel(services, service -> startOne(service, ports));
      ServiceEndpoints endpoints = endpointsOf(running);
      endpoints.writeTo(settings.endpointsFile());
      started = true;
      return endpoints;
    } finally {
      if (!started) {
        stopQuietly();
      }
      guard.close();
    }
  }

  /** What to do while a service is down. */
  @FunctionalInterface
  public interface Outage {
    void during() throws Exception;
  }

  /**
   * Stops one running service (SIGTERM, as an operator would) and starts it again with the same
   * command line, so on the same address and with its data kept, once {@code whileDown} has run:
   * the outage of a dependency, for tests of recovery. Not for the registry, which keeps its
   * schemas in memory and would come back without them.
   */
  public void restart(ServiceKind kind, Outage whileDown) throws Exception {
    if (kind == ServiceKind.REGISTRY) {
      throw new IllegalArgumentException(
          "Apicurio Registry keeps its schemas in memory; a restart would lose them");
    }
    ServiceFolder folder = settings.folder(kind.folderName());
    ProcessHandle running =
        folder
            .runningProcess()
            .orElseThrow(
                () ->
                    new LocalServiceException(
                        kind.displayName() + " is not running from " + settings.servicesRoot()));
    String address =
        kind.addressIn(
            recordedEndpoints()
                .orElseThrow(
                    () ->
                        new LocalServiceException("No endpoints in " + settings.endpointsFile())));
    ServiceProcess.stop(running, settings.stopGracePeriod());
    progress.accept("Stopped " + kind.displayName() + " (pid " + running.pid() + ") for an outage");
    try {
      whileDown.during();
    } finally {
      ServiceProcess process = ServiceProcess.relaunch(folder, folder.resolve("restarted.log"));
      Readiness.await(
          kind.displayName(),
          address,
          process,
          settings.readyTimeout(),
          () -> kind.answers(address, http));
      progress.accept(
          kind.displayName() + " answers again at " + address + " (pid " + process.pid() + ")");
    }
  }

  /** Stops these services if this JVM exits before {@link StopOnExit#close()} is called. */
  public StopOnExit stopOnExit() {
    return new StopOnExit(this::stopQuietly);
  }

  /** Stops what the PID files of this folder name, if those processes are still ours. */
  public List<StoppedService> stop() throws IOException, InterruptedException {
    List<StoppedService> stopped =
        inParallel(Arrays.asList(ServiceKind.values()), this::stopOne).stream()
            .flatMap(Optional::stream)
            .toList();
    Files.deleteIfExists(settings.endpointsFile());
    return stopped;
  }

  public List<ServiceStatus> status() throws IOException {
    Optional<ServiceEndpoints> endpoints = recordedEndpoints();
    List<ServiceStatus> statuses = new ArrayList<>();
    for (ServiceKind kind : ServiceKind.values()) {
      OptionalLong pid =
          settings.folder(kind.folderName()).runningProcess().stream()
              .mapToLong(ProcessHandle::pid)
              .findFirst();
      Optional<String> address = endpoints.map(kind::addressIn);
      boolean answers = pid.isPresent() && address.map(a -> kind.answers(a, http)).orElse(false);
      statuses.add(new ServiceStatus(kind, pid, address, answers));
    }
    return statuses;
  }

  /** The endpoints of services that are running from this folder and answer, if they all do. */
  public Optional<ServiceEndpoints> answeringEndpoints() throws IOException {
    return status().stream().allMatch(ServiceStatus::answers)
        ? recordedEndpoints()
        : Optional.empty();
  }

  private Optional<ServiceEndpoints> recordedEndpoints() throws IOException {
    return Files.isRegularFile(settings.endpointsFile())
        ? Optional.of(ServiceEndpoints.readFrom(settings.endpointsFile()))
        : Optional.empty();
  }

  /** Finds the runtimes and the artifacts first, so a missing one fails before anything starts. */
  private List<LocalService> prepare() throws IOException, InterruptedException {
    JdkDiscovery jdks = JdkDiscovery.forThisMachine();
    Jdk cassandraJdk = jdks.forCassandra();
    Jdk registryJdk = jdks.forRegistry();
    ServiceArtifacts artifacts =
        new ServiceArtifacts(RepositoryRoot.locate(), settings.servicesRoot(), progress);
    return List.of(
        new KafkaBroker(jdks.running(), artifacts.kafkaClasspath()),
        new ApicurioRegistry(registryJdk, artifacts.apicurioHome()),
        new CassandraNode(cassandraJdk, artifacts.cassandraClasspath()));
  }

  private StartedService startOne(LocalService service, FreePorts ports)
      throws IOException, InterruptedException {
    long startedAt = System.nanoTime();
    ServiceFolder folder = settings.folder(service.kind().folderName());
    folder.reset();
    StartedService started = service.start(folder, ports, settings.readyTimeout());
    progress.accept(
        String.format(
            "%s answers at %s after %.1f s (pid %d, log %s)",
            service.kind().displayName(),
            started.address(),
            (System.nanoTime() - startedAt) / 1e9,
            started.process().pid(),
            started.process().logFile()));
    return started;
  }

  private Optional<StoppedService> stopOne(ServiceKind kind)
      throws IOException, InterruptedException {
    ServiceFolder folder = settings.folder(kind.folderName());
    Optional<ProcessHandle> process = folder.runningProcess();
    Optional<StoppedService> stopped = Optional.empty();
    if (process.isPresent()) {
      ServiceProcess.StopOutcome outcome =
          ServiceProcess.stop(process.get(), settings.stopGracePeriod());
      stopped = Optional.of(new StoppedService(kind, process.get().pid(), outcome));
    }
    folder.forgetPid();
    return stopped;
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (IOException | RuntimeException e) {
      progress.accept("Stopping the local services failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ServiceEndpoints endpointsOf(List<StartedService> running) {
    return new ServiceEndpoints(
        addressOf(running, ServiceKind.KAFKA),
        addressOf(running, ServiceKind.REGISTRY),
        addressOf(running, ServiceKind.CASSANDRA),
        CassandraYaml.DATACENTER);
  }

  private static String addressOf(List<StartedService> running, ServiceKind kind) {
    return running.stream()
        .filter(service -> service.kind() == kind)
        .map(StartedService::address)
        .findFirst()
        .orElseThrow();
  }

  @FunctionalInterface
  private interface Step<T, R> {
    R apply(T input) throws IOException, InterruptedException;
  }

  /**
   * Runs one step per input on its own thread and waits for all of them; when any fails, throws one
   * {@link LocalServiceException} with every failure's message.
   */
  private static <T, R> List<R> inParallel(List<T> inputs, Step<T, R> step)
      throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(inputs.size());
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T input : inputs) {
        Callable<R> task = () -> step.apply(input);
        futures.add(threads.submit(task));
      }
      List<R> results = new ArrayList<>();
      List<Throwable> failures = new ArrayList<>();
      for (Future<R> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          failures.add(e.getCause());
        }
      }
      if (!failures.isEmpty()) {
        throw combined(failures);
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  private static LocalServiceException combined(List<Throwable> failures) {
    String message =
        failures.stream()
            .map(
                failure ->
                    failure instanceof LocalServiceException
                        ? failure.getMessage()
                        : failure.toString())
            .collect(Collectors.joining("\n"));
    LocalServiceException combined = new LocalServiceException(message, failures.get(0));
    failures.stream().skip(1).forEach(combined::addSuppressed);
    return combined;
  }
}
