package io.meterflow.cassandra.sink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What to do once every row of a batch has been written or has failed: count the written rows,
 * requeue the rows that failed with a retryable error and may still be retried, or fail the job
 * when a row failed for good (a non-retryable error, or retries used up).
 *
 * @param written rows that Cassandra acknowledged
 * @param retry rows to requeue, each with its failure counted
 * @param fatal the error that fails the job, if any
 * @param failedRows rows that failed for good
 */
record BatchOutcome(
    int written, List<CassandraRow> retry, Optional<CassandraSinkException> fatal, int failedRows) {

  /**
   * @param rows the batch
   * @param errors per row, in the same order: null where the row was written
   */
  static BatchOutcome of(
      List<CassandraRow> rows, List<Throwable> errors, RetryPolicy policy, String statement) {
    int written = 0;
    int failed = 0;
    CassandraSinkException fatal = null;
    List<CassandraRow> retry = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Throwable error = errors.get(i);
      if (error == null) {
        written++;
        continue;
      }
      Throwable cause = WriteErrors.unwrap(error);
      CassandraRow failedOnce = rows.get(i).afterFailedAttempt();
      if (!WriteErrors.isRetryable(cause)) {
        failed++;
        fatal = fatal != null ? fatal : nonRetryable(statement, cause);
      } else if (!policy.mayRetry(failedOnce.failedAttempts())) {
        failed++;
        fatal = fatal != null ? fatal : retriesExhausted(statement, failedOnce, cause);
      } else {
        retry.add(failedOnce);
      }
    }
    return new BatchOutcome(written, List.copyOf(retry), Optional.ofNullable(fatal), failed);
  }

  /** The wait before the retried rows go back to the buffer: the longest any of them needs. */
  Duration backoff(RetryPolicy policy) {
    int mostFailures = retry.stream().mapToInt(CassandraRow::failedAttempts).max().orElse(1);
    return policy.backoff(mostFailures);
  }

  private static CassandraSinkException nonRetryable(String statement, Throwable cause) {
    return new CassandraSinkException(
        "Writing a row with '"
            + statement
            + "' failed with "
            + cause.getClass().getSimpleName()
            + ": "
            + cause.getMessage()
            + ". This error does not go away by retrying: fix the statement, the binder or the"
            + " table.",
        cause);
  }

  private static CassandraSinkException retriesExhausted(
      String statement, CassandraRow row, Throwable cause) {
    return new CassandraSinkException(
        "Writing a row with '"
            + statement
            + "' failed "
            + row.failedAttempts()
            + " times, last with "
            + cause.getClass().getSimpleName()
            + ": "
            + cause.getMessage()
            + ". Failing the job so it restarts from its last checkpoint: check that the Cassandra"
            + " cluster is up and not overloaded.",
        cause);
  }
}
