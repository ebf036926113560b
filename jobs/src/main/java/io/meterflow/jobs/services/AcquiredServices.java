package io.meterflow.jobs.services;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

/**
 * The local services a command runs against: those already running from {@code meterflow services
 * start}, or started here, in which case they are the command's to stop when it closes.
 */
public final class AcquiredServices implements AutoCloseable {

  private final ServiceEndpoints endpoints;
  private final Optional<LocalServices> started;
  private final Optional<StopOnExit> stopOnExit;
  private final PrintStream out;
  private boolean keep;

  private AcquiredServices(
      ServiceEndpoints endpoints,
      Optional<LocalServices> started,
      Optional<StopOnExit> stopOnExit,
      PrintStream out) {
    this.endpoints = endpoints;
    this.started = started;
    this.stopOnExit = stopOnExit;
    this.out = out;
  }

  /** The running local services, else starts them; fails when they do not start. */
  public static AcquiredServices acquire(PrintStream out) throws IOException, InterruptedException {
    LocalServices local =
        new LocalServices(ServiceSettings.forThisProcess(RepositoryRoot::locate), out::println);
    Optional<ServiceEndpoints> running = local.answeringEndpoints();
    if (running.isPresent()) {
      out.println("Using the running local services (" + local.settings().servicesRoot() + ")");
      return new AcquiredServices(running.get(), Optional.empty(), Optional.empty(), out);
    }
    // A Ctrl-C while the command runs must not leave the services it started behind.
    StopOnExit guard = local.stopOnExit();
    try {
      ServiceEndpoints endpoints = local.start();
      return new AcquiredServices(endpoints, Optional.of(local), Optional.of(guard), out);
    } catch (IOException | InterruptedException | RuntimeException e) {
      // start() has stopped whatever it had started.
      guard.close();
      throw e;
    }
  }

  public ServiceEndpoints endpoints() {
    return endpoints;
  }

  /** Whether the services were started for this command, so their topics hold nothing else. */
  public boolean startedHere() {
    return started.isPresent();
  }

  /** Leaves the services running after the command. */
  public void keep() {
    keep = true;
    stopOnExit.ifPresent(StopOnExit::close);
  }

  @Override
  public void close() throws IOException {
    if (keep || started.isEmpty()) {
      return;
    }
    stopOnExit.ifPresent(StopOnExit::close);
    try {
      started
          .get()
          .stop()
          .forEach(
              stopped ->
                  out.println(
                      "Stopped " + stopped.kind().displayName() + " (pid " + stopped.pid() + ")"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
