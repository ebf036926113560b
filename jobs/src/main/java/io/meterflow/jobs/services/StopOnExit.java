package io.meterflow.jobs.services;

/**
 * A JVM shutdown hook that stops the local services when the JVM that started them exits first (a
 * Ctrl-C, a test run cut short), so no service process outlives it by accident. Closing it removes
 * the hook: the services then run on until stopped.
 */
public final class StopOnExit implements AutoCloseable {
  private final Thread hook;

  public StopOnExit(Runnable stop) {
    hook = new Thread(stop, "meterflow-services-stop-on-exit");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down, and the hook is stopping the services.
    }
  }
}
