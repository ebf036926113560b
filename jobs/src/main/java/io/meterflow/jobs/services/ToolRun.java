package io.meterflow.jobs.services;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A short-lived tool run to completion before a service starts (Kafka's storage format, Flink's
 * memory computation), its output in a log file that the failure message names.
 */
public final class ToolRun {
  private ToolRun() {}

  /**
   * @param what what the tool does, as a message starts: "Formatting the Kafka storage"
   */
  public static void run(
      List<String> command, Path directory, Path log, Duration timeout, String what)
      throws IOException, InterruptedException {
    Process tool =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!tool.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      tool.destroyForcibly();
      throw new LocalServiceException(
          what + " did not finish within " + timeout.toSeconds() + " s; see " + log);
    }
    if (tool.exitValue() != 0) {
      throw new LocalServiceException(
          what + " failed (exit code " + tool.exitValue() + "); see " + log);
    }
  }
}
