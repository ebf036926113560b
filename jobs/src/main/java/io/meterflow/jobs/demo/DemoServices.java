package io.meterflow.jobs.demo;

import io.meterflow.jobs.services.LocalServices;
import io.meterflow.jobs.services.RepositoryRoot;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.services.ServiceSettings;
import io.meterflow.jobs.services.StopOnExit;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The services a demo runs against: given on the command line, already running from {@code
 * meterflow services start}, or started here, in which case they are the demo's to stop.
 */
final class DemoServices implements AutoCloseable {

  private final List<String> settings;
  private final Optional<LocalServices> started;
  private final Optional<StopOnExit> stopOnExit;
  private final PrintStream out;
  private boolean keep;

  private DemoServices(
      List<String> settings,
      Optional<LocalServices> started,
      Optional<StopOnExit> stopOnExit,
      PrintStream out) {
    this.settings = settings;
    this.started = started;
    this.stopOnExit = stopOnExit;
    this.out = out;
  }

  static DemoServices acquire(DemoOptions options, PrintStream out)
      throws IOException, InterruptedException {
    if (options.servicesGiven()) {
      out.println("Using the services named on the command line");
      return new DemoServices(List.of(), Optional.empty(), Optional.empty(), out);
    }
    LocalServices local =
        new LocalServices(ServiceSettings.forThisProcess(RepositoryRoot::locate), out::println);
    Optional<ServiceEndpoints> running = local.answeringEndpoints();
    if (running.isPresent()) {
      out.println("Using the running local services (" + local.settings().servicesRoot() + ")");
      return new DemoServices(
          running.get().asPropertyLines(), Optional.empty(), Optional.empty(), out);
    }
    // A Ctrl-C during the demo must not leave the services it started behind.
    StopOnExit guard = local.stopOnExit();
    ServiceEndpoints endpoints = local.start();
    return new DemoServices(
        endpoints.asPropertyLines(), Optional.of(local), Optional.of(guard), out);
  }

  /** The endpoint settings, to put before the command line's own. */
  List<String> settings() {
    return settings;
  }

  /** Whether the services were started for this demo, so their topics hold nothing else. */
  boolean fresh() {
    return started.isPresent();
  }

  /** Leaves the services running after the demo ({@code --keep-running}). */
  void keep() {
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
