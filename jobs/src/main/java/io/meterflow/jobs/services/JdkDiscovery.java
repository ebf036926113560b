package io.meterflow.jobs.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * Finds the Java runtimes the services need: Cassandra 5.0 runs on Java 17 only (on newer ones it
 * fails with "Setting a system-wide Policy object is not supported"), Apicurio Registry 3.3 needs
 * Java 21 or newer. An explicit environment variable wins, then the running JVM, then {@code
 * JAVA_HOME}, then the usual install folders.
 */
public final class JdkDiscovery {
  public static final String JAVA17_ENV = "MF_JAVA17_HOME";
  public static final String JAVA21_ENV = "MF_JAVA21_HOME";

  private static final List<Path> INSTALL_FOLDERS =
      List.of(
          Path.of("/usr/lib/jvm"),
          Path.of("/usr/java"),
          Path.of("/opt/java"),
          Path.of("/Library/Java/JavaVirtualMachines"),
          Path.of(System.getProperty("user.home"), ".sdkman", "candidates", "java"));

  private final Map<String, String> env;
  private final Jdk running;
  private final List<Path> installFolders;

  JdkDiscovery(Map<String, String> env, Jdk running, List<Path> installFolders) {
    this.env = env;
    this.running = running;
    this.installFolders = installFolders;
  }

  public static JdkDiscovery forThisMachine() {
    return new JdkDiscovery(System.getenv(), Jdk.running(), INSTALL_FOLDERS);
  }

  public Jdk running() {
    return running;
  }

  public Jdk forCassandra() {
    return find(
        new Requirement("Cassandra 5.0", "Java 17", feature -> feature == 17, 17, JAVA17_ENV));
  }

  /** Flink 2.2 supports Java 11, 17 and 21; the suite is built for 17. */
  public Jdk forFlink() {
    return find(
        new Requirement(
            "Flink 2.2",
            "Java 17 or 21",
            feature -> feature == 17 || feature == 21,
            17,
            JAVA17_ENV));
  }

  public Jdk forRegistry() {
    return find(
        new Requirement(
            "Apicurio Registry", "Java 21 or newer", feature -> feature >= 21, 21, JAVA21_ENV));
  }

  private record Requirement(
      String service, String description, IntPredicate accepts, int suggested, String envName) {}

  private Jdk find(Requirement requirement) {
    String envName = requirement.envName();
    IntPredicate accepted = requirement.accepts();
    String explicit = env.get(envName);
    if (explicit != null && !explicit.isBlank()) {
      Path home = Path.of(explicit);
      Optional<Jdk> jdk = Jdk.at(home);
      if (jdk.isEmpty() || !accepted.test(jdk.get().feature())) {
        throw new LocalServiceException(
            String.format(
                "%s=%s is %s, but %s needs %s; point it at such a JDK or unset it.",
                envName,
                explicit,
                jdk.map(found -> "Java " + found.feature()).orElse("not a JDK folder"),
                requirement.service(),
                requirement.description()));
      }
      return jdk.get();
    }
    return candidates().stream()
        .filter(jdk -> accepted.test(jdk.feature()))
        .findFirst()
        .orElseThrow(
            () ->
                new LocalServiceException(
                    String.format(
                        "%s needs %s, and none was found (looked at the running JVM, JAVA_HOME and"
                            + " %s). Install one (e.g. Temurin from adoptium.net, or apt-get"
                            + " install openjdk-%d-jdk-headless), or set %s to its folder.",
                        requirement.service(),
                        requirement.description(),
                        installFolders,
                        requirement.suggested(),
                        envName)));
  }

  /** The running JVM, then JAVA_HOME, then installed JDKs, newest release first. */
  private List<Jdk> candidates() {
    List<Jdk> candidates = new ArrayList<>();
    candidates.add(running);
    Optional.ofNullable(env.get("JAVA_HOME"))
        .map(Path::of)
        .flatMap(Jdk::at)
        .ifPresent(candidates::add);
    installFolders.stream()
        .flatMap(JdkDiscovery::homesIn)
        .map(Jdk::at)
        .flatMap(Optional::stream)
        .sorted(Comparator.comparingInt(Jdk::feature).reversed())
        .forEach(candidates::add);
    return candidates;
  }

  private static Stream<Path> homesIn(Path installFolder) {
    if (!Files.isDirectory(installFolder)) {
      return Stream.empty();
    }
    try (Stream<Path> children = Files.list(installFolder)) {
      // macOS keeps the home one level down, in Contents/Home.
      return children
          .sorted()
          .flatMap(child -> Stream.of(child, child.resolve("Contents").resolve("Home")))
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + installFolder, e);
    }
  }
}
