package io.meterflow.jobs.services;

/**
 * A local service could not be started, found or stopped. The message is written for the person at
 * the terminal: it says what happened, what to do next and which log file to read.
 */
public final class LocalServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LocalServiceException(String message) {
    super(message);
  }

  public LocalServiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
