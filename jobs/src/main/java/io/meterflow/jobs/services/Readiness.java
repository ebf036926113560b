package io.meterflow.jobs.services;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a service to answer, and fails with a message that names the address, the timeout and
 * the log file: either as soon as the process dies, or when the timeout runs out.
 */
public final class Readiness {
  private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

  private Readiness() {}

  public static void await(
      String displayName,
      String address,
      ServiceProcess process,
      Duration timeout,
      BooleanSupplier ready)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ready.getAsBoolean()) {
      if (!process.isAlive()) {
        throw new LocalServiceException(
            String.format(
                "%s exited with code %d before it became ready on %s; see %s",
                displayName, process.exitValue(), address, process.logFile()));
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new LocalServiceException(
            String.format(
                "%s did not become ready on %s within %d s; see %s. On a slow or busy machine,"
                    + " allow more time with %s=<seconds>.",
                displayName,
                address,
                timeout.toSeconds(),
                process.logFile(),
                ServiceSettings.TIMEOUT_ENV));
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
  }
}
