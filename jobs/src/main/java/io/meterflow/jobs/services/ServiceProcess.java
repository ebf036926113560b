package io.meterflow.jobs.services;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A service JVM we started: its standard output and error go to one log file, its standard input is
 * empty (so it does not hold on to the terminal or to the starting JVM), and its PID is recorded in
 * the service folder so that a later command can stop it.
 */
public final class ServiceProcess {

  /** How a stop request ended. */
  public enum StopOutcome {
    /** The process exited after SIGTERM. */
    TERMINATED,
    /** The process ignored SIGTERM for the whole grace period and was killed. */
    KILLED
  }

  private final ServiceFolder folder;
  private final Process process;
  private final Path logFile;

  private ServiceProcess(ServiceFolder folder, Process process, Path logFile) {
    this.folder = folder;
    this.process = process;
    this.logFile = logFile;
  }

  /**
   * Starts {@code java} with the given options and arguments; the folder's marker goes right after
   * the executable, so the process can be recognised later by its command line.
   */
  public static ServiceProcess launch(
      ServiceFolder folder, Path java, List<String> arguments, Path logFile) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add(folder.marker());
    command.addAll(arguments);
    Files.write(folder.commandFile(), command, StandardCharsets.UTF_8);
    return start(folder, command, logFile);
  }

  /**
   * Starts the service again with the command line of its last launch: the same options, ports and
   * data folder.
   */
  static ServiceProcess relaunch(ServiceFolder folder, Path logFile) throws IOException {
    return start(folder, Files.readAllLines(folder.commandFile(), StandardCharsets.UTF_8), logFile);
  }

  private static ServiceProcess start(ServiceFolder folder, List<String> command, Path logFile)
      throws IOException {
    Process process =
        new ProcessBuilder(command)
            .directory(folder.dir().toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
            .start();
    folder.recordPid(process.pid());
    return new ServiceProcess(folder, process, logFile);
  }

  public long pid() {
    return process.pid();
  }

  public Path logFile() {
    return logFile;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public int exitValue() {
    return process.exitValue();
  }

  /**
   * Ends this process at once, as a crash would: no shutdown hooks run, nothing is flushed. On
   * Linux and macOS {@link Process#destroyForcibly()} sends SIGKILL, so the exit value is 137 (128
   * + 9). Returns the exit value.
   */
  public int kill() throws IOException, InterruptedException {
    process.destroyForcibly();
    int exitValue = process.waitFor();
    folder.forgetPid();
    return exitValue;
  }

  /** Stops this process as {@link #stop(ProcessHandle, Duration)} does and forgets its PID. */
  public StopOutcome stop(Duration gracePeriod) throws IOException, InterruptedException {
    StopOutcome outcome = stop(process.toHandle(), gracePeriod);
    folder.forgetPid();
    return outcome;
  }

  /**
   * SIGTERM, so the service flushes and closes its files; SIGKILL when it is still running after
   * the grace period. Children, if the service started any, get the same treatment.
   */
  public static StopOutcome stop(ProcessHandle process, Duration gracePeriod)
      throws InterruptedException {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process);
    tree.forEach(ProcessHandle::destroy);
    StopOutcome outcome = StopOutcome.TERMINATED;
    for (ProcessHandle member : tree) {
      if (!awaitExit(member, gracePeriod)) {
        member.destroyForcibly();
        outcome = StopOutcome.KILLED;
        awaitExit(member, gracePeriod);
      }
    }
    return outcome;
  }

  private static boolean awaitExit(ProcessHandle process, Duration timeout)
      throws InterruptedException {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException("Waiting for process " + process.pid() + " failed", e);
    }
  }
}
