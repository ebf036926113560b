package io.meterflow.cassandra.sink;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.connection.BusyConnectionException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.connection.HeartbeatException;
import com.datastax.oss.driver.api.core.servererrors.BootstrappingException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.ServerError;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Tells the write errors worth retrying (the cluster is slow, overloaded, partly down or the
 * connection dropped: it may well succeed later) from those that will fail the same way every time
 * (invalid query, wrong types, missing table, authentication or authorization): those fail the job
 * at once. Retrying is safe because the sink's statements are idempotent upserts.
 */
public final class WriteErrors {

  private static final List<Class<? extends Throwable>> RETRYABLE =
      List.of(
          DriverTimeoutException.class,
          WriteTimeoutException.class,
          ReadTimeoutException.class,
          UnavailableException.class,
          OverloadedException.class,
          BootstrappingException.class,
          ServerError.class,
          ClosedConnectionException.class,
          HeartbeatException.class,
          BusyConnectionException.class);

  private WriteErrors() {}

  public static boolean isRetryable(Throwable error) {
    Throwable cause = unwrap(error);
    if (cause instanceof AllNodesFailedException allFailed) {
      // No node could take the request: retryable when every node failed for a retryable
      // reason (or the driver has no node to try right now, e.g. all are down).
      Collection<List<Throwable>> perNode = allFailed.getAllErrors().values();
      return perNode.stream().flatMap(List::stream).allMatch(WriteErrors::isRetryable);
    }
    return RETRYABLE.stream().anyMatch(type -> type.isInstance(cause));
  }

  /** The error itself, without the wrappers that futures add around it. */
  static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
