package io.meterflow.cassandra.sink;

/** A write that cannot succeed: the job fails and restarts from its last checkpoint. */
public final class CassandraSinkException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CassandraSinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
