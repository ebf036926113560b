package io.meterflow.jobs.demo;

import io.meterflow.jobs.services.AcquiredServices;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The services a demo runs against: given on the command line, or the local services (running or
 * started here, see {@link AcquiredServices}).
 */
final class DemoServices implements AutoCloseable {

  private final Optional<AcquiredServices> local;

  private DemoServices(Optional<AcquiredServices> local) {
    this.local = local;
  }

  static DemoServices acquire(DemoOptions options, PrintStream out)
      throws IOException, InterruptedException {
    if (options.servicesGiven()) {
      out.println("Using the services named on the command line");
      return new DemoServices(Optional.empty());
    }
    return new DemoServices(Optional.of(AcquiredServices.acquire(out)));
  }

  /** The endpoint settings, to put before the command line's own. */
  List<String> settings() {
    return local.map(services -> services.endpoints().asPropertyLines()).orElse(List.of());
  }

  /** Whether the services were started for this demo, so their topics hold nothing else. */
  boolean fresh() {
    return local.map(AcquiredServices::startedHere).orElse(false);
  }

  /** Leaves the services running after the demo ({@code --keep-running}). */
  void keep() {
    local.ifPresent(AcquiredServices::keep);
  }

  @Override
  public void close() throws IOException {
    if (local.isPresent()) {
      local.get().close();
    }
  }
}
