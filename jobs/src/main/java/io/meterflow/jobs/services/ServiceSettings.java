package io.meterflow.jobs.services;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the local services live and how long they are given to start and stop.
 *
 * <p>The services folder is {@value #DIRECTORY_ENV} when set, else the system property {@value
 * #DIRECTORY_PROPERTY}, else {@code target/meterflow-services} in the repository. The readiness
 * timeout is {@value #TIMEOUT_ENV} seconds when set, else 120 s: the three services start in
 * parallel, and on two busy cores Cassandra alone may need a minute.
 */
public record ServiceSettings(Path servicesRoot, Duration readyTimeout, Duration stopGracePeriod) {

  public static final String DIRECTORY_ENV = "MF_SERVICES_DIR";
  public static final String DIRECTORY_PROPERTY = "meterflow.services.dir";
  public static final String TIMEOUT_ENV = "MF_SERVICES_TIMEOUT_SECONDS";
  public static final String ENDPOINTS_FILE = "endpoints.properties";

  static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);
  // Cassandra flushes its memtables on SIGTERM, which takes about 6 s here.
  static final Duration DEFAULT_STOP_GRACE_PERIOD = Duration.ofSeconds(30);

  public ServiceSettings {
    servicesRoot = servicesRoot.toAbsolutePath().normalize();
  }

  /**
   * Settings for this process: its environment, its system properties and, only when neither names
   * the folder, the repository.
   */
  public static ServiceSettings forThisProcess(Supplier<Path> repositoryRoot) {
    return fromEnvironment(
        System.getenv(),
        Optional.ofNullable(System.getProperty(DIRECTORY_PROPERTY)),
        repositoryRoot);
  }

  static ServiceSettings fromEnvironment(
      Map<String, String> env, Optional<String> directoryProperty, Supplier<Path> repositoryRoot) {
    Path root =
        Optional.ofNullable(env.get(DIRECTORY_ENV))
            .filter(value -> !value.isBlank())
            .or(() -> directoryProperty.filter(value -> !value.isBlank()))
            .map(Path::of)
            .orElseGet(() -> repositoryRoot.get().resolve("target").resolve("meterflow-services"));
    return new ServiceSettings(root, readyTimeout(env), DEFAULT_STOP_GRACE_PERIOD);
  }

  public ServiceSettings withServicesRoot(Path root) {
    return new ServiceSettings(root, readyTimeout, stopGracePeriod);
  }

  public Path endpointsFile() {
    return servicesRoot.resolve(ENDPOINTS_FILE);
  }

  ServiceFolder folder(String service) {
    return new ServiceFolder(service, servicesRoot);
  }

  private static Duration readyTimeout(Map<String, String> env) {
    String value = env.get(TIMEOUT_ENV);
    if (value == null || value.isBlank()) {
      return DEFAULT_READY_TIMEOUT;
    }
    try {
      long seconds = Long.parseLong(value.trim());
      if (seconds > 0) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      // reported below, with the value that was given
    }
    throw new LocalServiceException(
        TIMEOUT_ENV
            + "="
            + value
            + " is not a positive number of seconds; unset it or set e.g. 180");
  }
}
