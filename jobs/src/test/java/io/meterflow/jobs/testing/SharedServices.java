package io.meterflow.jobs.testing;

import io.meterflow.jobs.services.LocalServiceException;
import io.meterflow.jobs.services.LocalServices;
import io.meterflow.jobs.services.RepositoryRoot;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.services.ServiceSettings;
import io.meterflow.jobs.services.StopOnExit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The services of one test run: either started here (in the failsafe folder {@code
 * target/it-services}) and stopped on {@link #close()} or JVM exit, or already running in {@code
 * MF_SERVICES_DIR} and left alone.
 */
final class SharedServices implements AutoCloseable {
  private final ServiceEndpoints endpoints;
  private final LocalServices local;
  private final Optional<LocalServices> owned;
  private final Optional<StopOnExit> stopOnExit;

  private SharedServices(
      ServiceEndpoints endpoints,
      LocalServices local,
      Optional<LocalServices> owned,
      Optional<StopOnExit> stopOnExit) {
    this.endpoints = endpoints;
    this.local = local;
    this.owned = owned;
    this.stopOnExit = stopOnExit;
  }

  ServiceEndpoints endpoints() {
    return endpoints;
  }

  /** The services' folder and processes, for tests that stop and restart one of them. */
  LocalServices local() {
    return local;
  }

  static SharedServices acquire() {
    try {
      Optional<SharedServices> running = runningInUserFolder();
      return running.isPresent() ? running.get() : startOwn();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LocalServiceException("Interrupted while starting the local services", e);
    }
  }

  private static Optional<SharedServices> runningInUserFolder() throws IOException {
    String folder = System.getenv(ServiceSettings.DIRECTORY_ENV);
    if (folder == null || folder.isBlank()) {
      return Optional.empty();
    }
    LocalServices services =
        new LocalServices(
            ServiceSettings.forThisProcess(RepositoryRoot::locate)
                .withServicesRoot(Path.of(folder)),
            SharedServices::report);
    Optional<ServiceEndpoints> endpoints = services.answeringEndpoints();
    report(
        endpoints.isPresent()
            ? "Using the services running in " + folder
            : "No answering services in "
                + ServiceSettings.DIRECTORY_ENV
                + "="
                + folder
                + "; starting the tests' own");
    return endpoints.map(
        running -> new SharedServices(running, services, Optional.empty(), Optional.empty()));
  }

  private static SharedServices startOwn() throws IOException, InterruptedException {
    Path repository = RepositoryRoot.locate();
    Path folder =
        Optional.ofNullable(System.getProperty(ServiceSettings.DIRECTORY_PROPERTY))
            .map(Path::of)
            .orElseGet(() -> repository.resolve("jobs").resolve("target").resolve("it-services"));
    LocalServices services =
        new LocalServices(
            ServiceSettings.forThisProcess(() -> repository).withServicesRoot(folder),
            SharedServices::report);
    // A test JVM that ends early (Ctrl-C, a fork timeout) must not leave the services behind.
    StopOnExit stopOnExit = services.stopOnExit();
    ServiceEndpoints endpoints;
    try {
      endpoints = services.start();
    } catch (RuntimeException | IOException | InterruptedException e) {
      stopOnExit.close();
      throw e;
    }
    return new SharedServices(endpoints, services, Optional.of(services), Optional.of(stopOnExit));
  }

  @Override
  public void close() {
    stopOnExit.ifPresent(StopOnExit::close);
    owned.ifPresent(SharedServices::stopQuietly);
  }

  private static void stopQuietly(LocalServices services) {
    try {
      services
          .stop()
          .forEach(
              stopped ->
                  report(
                      "Stopped " + stopped.kind().displayName() + " (pid " + stopped.pid() + ")"));
    } catch (IOException e) {
      report("Stopping the local services failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void report(String message) {
    System.out.println("[meterflow services] " + message);
  }
}
