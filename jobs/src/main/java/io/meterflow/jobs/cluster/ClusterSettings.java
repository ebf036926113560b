package io.meterflow.jobs.cluster;

import io.meterflow.jobs.services.ServiceSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the local Flink session cluster lives and how long its processes are given to start and
 * stop.
 *
 * <p>The cluster folder is {@value #DIRECTORY_ENV} when set, else the system property {@value
 * #DIRECTORY_PROPERTY}, else {@code target/meterflow-cluster} in the repository. The readiness
 * timeout is the services' one ({@value ServiceSettings#TIMEOUT_ENV} seconds, default 120 s).
 *
 * @param taskSlots slots of each TaskManager
 */
public record ClusterSettings(
    Path clusterRoot, int taskSlots, Duration readyTimeout, Duration stopGracePeriod) {

  public static final String DIRECTORY_ENV = "MF_CLUSTER_DIR";
  public static final String DIRECTORY_PROPERTY = "meterflow.cluster.dir";
  public static final int DEFAULT_TASK_SLOTS = 2;

  public ClusterSettings {
    clusterRoot = clusterRoot.toAbsolutePath().normalize();
    if (taskSlots < 1) {
      throw new IllegalArgumentException("A TaskManager needs at least one slot");
    }
  }

  /** Settings for this process: its environment, its system properties, else the repository. */
  public static ClusterSettings forThisProcess(Supplier<Path> repositoryRoot) {
    return fromEnvironment(
        System.getenv(),
        Optional.ofNullable(System.getProperty(DIRECTORY_PROPERTY)),
        repositoryRoot,
        ServiceSettings.forThisProcess(repositoryRoot));
  }

  static ClusterSettings fromEnvironment(
      Map<String, String> env,
      Optional<String> directoryProperty,
      Supplier<Path> repositoryRoot,
      ServiceSettings services) {
    Path root =
        Optional.ofNullable(env.get(DIRECTORY_ENV))
            .filter(value -> !value.isBlank())
            .or(() -> directoryProperty.filter(value -> !value.isBlank()))
            .map(Path::of)
            .orElseGet(() -> repositoryRoot.get().resolve("target").resolve("meterflow-cluster"));
    return new ClusterSettings(
        root, DEFAULT_TASK_SLOTS, services.readyTimeout(), services.stopGracePeriod());
  }

  public ClusterSettings withClusterRoot(Path root) {
    return new ClusterSettings(root, taskSlots, readyTimeout, stopGracePeriod);
  }

  public ClusterSettings withTaskSlots(int slots) {
    return new ClusterSettings(clusterRoot, slots, readyTimeout, stopGracePeriod);
  }

  Path confDir() {
    return clusterRoot.resolve("conf");
  }

  /** Where {@code cluster start} records the REST address, for {@code status} and for users. */
  Path addressFile() {
    return clusterRoot.resolve("rest-address");
  }
}
