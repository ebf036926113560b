package io.meterflow.jobs.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder of one local service inside the services directory: its configuration, data, log and
 * PID file. The PID file and a marker on the process's command line together identify a process we
 * started, so that stopping never touches anything else, even when a PID has been reused.
 */
public record ServiceFolder(String service, Path servicesRoot) {

  private static final String MARKER_PROPERTY = "-Dmeterflow.local-service=";

  public Path dir() {
    return servicesRoot.resolve(service);
  }

  public Path resolve(String fileName) {
    return dir().resolve(fileName);
  }

  /**
   * The command line of the last launch, one argument a line: the operating system shows only its
   * first 4096 characters, and a service's classpath is longer.
   */
  Path commandFile() {
    return resolve(service + ".command");
  }

  Path pidFile() {
    return resolve(service + ".pid");
  }

  /** A JVM option that names the service and its services directory on the command line. */
  String marker() {
    return MARKER_PROPERTY + service + "@" + servicesRoot.toAbsolutePath();
  }

  /** The live process recorded in the PID file, if it is still the one we started. */
  public Optional<ProcessHandle> runningProcess() {
    return recordedPid()
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(this::carriesMarker);
  }

  Optional<Long> recordedPid() {
    Path pidFile = pidFile();
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + pidFile, e);
    }
  }

  void recordPid(long pid) throws IOException {
    Path temporary = resolve(service + ".pid.tmp");
    Files.writeString(temporary, pid + "\n", StandardCharsets.UTF_8);
    Files.move(temporary, pidFile(), StandardCopyOption.REPLACE_EXISTING);
  }

  public void forgetPid() throws IOException {
    Files.deleteIfExists(pidFile());
  }

  /** Empties the folder, so every start begins from fresh data (the registry keeps none anyway). */
  public void reset() throws IOException {
    Path dir = dir();
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(dir);
  }

  private boolean carriesMarker(ProcessHandle process) {
    String marker = marker();
    return process
        .info()
        .commandLine()
        .or(() -> process.info().arguments().map(arguments -> String.join(" ", arguments)))
        .map(commandLine -> commandLine.contains(marker))
        .orElse(false);
  }
}
