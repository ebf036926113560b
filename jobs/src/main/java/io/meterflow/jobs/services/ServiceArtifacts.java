package io.meterflow.jobs.services;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The service artifacts that the {@code jobs/local-services/*} modules resolve from Maven Central:
 * the Kafka, Cassandra and Flink classpaths ({@code target/classpath.txt}) and the unpacked
 * Apicurio Registry ({@code target/apicurio}). A missing or stale one is built by running Maven on
 * its module, once.
 */
public final class ServiceArtifacts {
  private final Path repositoryRoot;
  private final Path buildLogFolder;
  private final Consumer<String> progress;

  public ServiceArtifacts(Path repositoryRoot, Path buildLogFolder, Consumer<String> progress) {
    this.repositoryRoot = repositoryRoot;
    this.buildLogFolder = buildLogFolder;
    this.progress = progress;
  }

  public String kafkaClasspath() throws IOException, InterruptedException {
    return classpath("kafka");
  }

  public String cassandraClasspath() throws IOException, InterruptedException {
    return classpath("cassandra");
  }

  /** The JobManager and TaskManager classpath: what a Flink distribution's lib/ holds. */
  public String flinkClasspath() throws IOException, InterruptedException {
    return classpath("flink");
  }

  /** The folder holding {@code quarkus-run.jar}. */
  public Path apicurioHome() throws IOException, InterruptedException {
    Path home = module("apicurio").resolve("target").resolve("apicurio");
    if (!Files.isRegularFile(home.resolve("quarkus-run.jar"))) {
      build("apicurio");
    }
    return home;
  }

  private String classpath(String service) throws IOException, InterruptedException {
    Path file = module(service).resolve("target").resolve("classpath.txt");
    if (!isComplete(file)) {
      build(service);
    }
    return Files.readString(file, StandardCharsets.UTF_8).trim();
  }

  /** A classpath file whose jars all exist (a cleaned local repository makes it stale). */
  private static boolean isComplete(Path classpathFile) throws IOException {
    if (!Files.isRegularFile(classpathFile)) {
      return false;
    }
    String classpath = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
    return !classpath.isEmpty()
        && Arrays.stream(classpath.split(File.pathSeparator))
            .allMatch(jar -> Files.isRegularFile(Path.of(jar)));
  }

  private Path module(String service) {
    return repositoryRoot.resolve(RepositoryRoot.MARKER).resolve(service);
  }

  private void build(String service) throws IOException, InterruptedException {
    Path pom = module(service).resolve("pom.xml");
    Files.createDirectories(buildLogFolder);
    Path log = buildLogFolder.resolve("maven-" + service + ".log");
    List<String> command =
        List.of(mavenExecutable(), "-q", "-B", "-f", pom.toString(), "generate-resources");
    progress.accept(
        "Resolving the " + service + " artifacts with Maven (once): " + String.join(" ", command));
    Process maven =
        new ProcessBuilder(command)
            .directory(repositoryRoot.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    int exitCode = maven.waitFor();
    if (exitCode != 0) {
      throw new LocalServiceException(
          String.format(
              "Resolving the %s artifacts failed (Maven exit code %d); see %s, fix what it"
                  + " reports (often: no network to Maven Central), and retry.",
              service, exitCode, log));
    }
  }

  /** The checkout's Maven wrapper, else Maven on the PATH. */
  private String mavenExecutable() {
    Path wrapper = repositoryRoot.resolve("mvnw");
    return Files.isExecutable(wrapper) ? wrapper.toString() : "mvn";
  }
}
