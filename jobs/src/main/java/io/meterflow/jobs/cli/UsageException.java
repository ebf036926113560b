package io.meterflow.jobs.cli;

/** The arguments do not fit the command; the message says what it expects. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
