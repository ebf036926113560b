package io.meterflow.cassandra.sink;

import java.io.Serializable;
import java.time.Duration;

/**
 * How often and how patiently a row is retried after a retryable error: up to {@code maxRetries}
 * retries, the n-th after {@code initialBackoff * 2^(n-1)}, capped at {@code maxBackoff}. A row
 * that still fails then fails the job, which restarts from its last checkpoint instead of looping
 * on the row forever.
 *
 * @param maxRetries retries after the first attempt (0: none)
 * @param initialBackoff wait before the first retry
 * @param maxBackoff longest wait before any retry
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff)
    implements Serializable {

  /** 5 retries, 100 ms doubling up to 5 s: about 3 s of waiting before a row fails the job. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(5));

  // 2^20 times any sensible initial backoff is beyond any sensible cap; stops the shift early.
  private static final int MAX_DOUBLINGS = 20;

  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
    }
    if (initialBackoff.isNegative() || initialBackoff.isZero()) {
      throw new IllegalArgumentException("initialBackoff must be positive, was " + initialBackoff);
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff ("
              + maxBackoff
              + ") must not be shorter than initialBackoff ("
              + initialBackoff
              + ")");
    }
  }

  /** True when a row that has failed this many times may be tried again. */
  public boolean mayRetry(int failedAttempts) {
    return failedAttempts <= maxRetries;
  }

  /** The wait before the next attempt of a row that has failed this many times (1 or more). */
  public Duration backoff(int failedAttempts) {
    int doublings = Math.min(Math.max(failedAttempts - 1, 0), MAX_DOUBLINGS);
    Duration backoff = initialBackoff.multipliedBy(1L << doublings);
    return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
  }

  /** The longest the sink may wait in backoff for one batch. */
  Duration longestBackoff() {
    return backoff(maxRetries);
  }
}
