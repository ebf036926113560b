package io.meterflow.jobs.config;

import io.meterflow.cassandra.sink.CassandraSinkBuilder;
import io.meterflow.cassandra.sink.RetryPolicy;
import java.time.Duration;
import java.util.List;

/**
 * How the Cassandra sinks batch, bound their requests in flight and retry.
 *
 * @param maxBatchSize rows per batch (each row is its own asynchronous request)
 * @param maxInFlightRequests batches in flight per writer
 * @param maxBufferedRequests rows buffered per writer before it back-pressures
 * @param maxTimeInBuffer longest a row waits for its batch to fill
 * @param retryPolicy retries of retryable errors
 */
public record CassandraSinkSettings(
    int maxBatchSize,
    int maxInFlightRequests,
    int maxBufferedRequests,
    Duration maxTimeInBuffer,
    RetryPolicy retryPolicy) {

  public static final Setting MAX_BATCH_SIZE =
      new Setting("cassandra.sink.max-batch-size", "200", "Rows per batch of a Cassandra sink.");
  public static final Setting MAX_IN_FLIGHT_REQUESTS =
      new Setting(
          "cassandra.sink.max-in-flight-requests", "4", "Batches in flight per sink writer.");
  public static final Setting MAX_BUFFERED_REQUESTS =
      new Setting(
          "cassandra.sink.max-buffered-requests",
          "10000",
          "Rows buffered per sink writer before it back-pressures (more than max-batch-size).");
  public static final Setting MAX_TIME_IN_BUFFER =
      new Setting(
          "cassandra.sink.max-time-in-buffer", "1s", "Longest a row waits for its batch to fill.");
  public static final Setting MAX_RETRIES =
      new Setting(
          "cassandra.sink.max-retries",
          "5",
          "Retries of a row after a retryable error (timeout, unavailable, overloaded) before the"
              + " job fails and restarts from its checkpoint.");
  public static final Setting RETRY_INITIAL_BACKOFF =
      new Setting(
          "cassandra.sink.retry-initial-backoff", "100ms", "Wait before the first retry; doubles.");
  public static final Setting RETRY_MAX_BACKOFF =
      new Setting("cassandra.sink.retry-max-backoff", "5s", "Longest wait before a retry.");

  static final List<Setting> SETTINGS =
      List.of(
          MAX_BATCH_SIZE,
          MAX_IN_FLIGHT_REQUESTS,
          MAX_BUFFERED_REQUESTS,
          MAX_TIME_IN_BUFFER,
          MAX_RETRIES,
          RETRY_INITIAL_BACKOFF,
          RETRY_MAX_BACKOFF);

  static CassandraSinkSettings read(SettingsReader reader) {
    int batch = reader.intAtLeast(MAX_BATCH_SIZE, 1);
    int buffered = reader.intAtLeast(MAX_BUFFERED_REQUESTS, 2);
    if (buffered <= batch) {
      reader.problem(
          MAX_BUFFERED_REQUESTS,
          "must be greater than cassandra.sink.max-batch-size (" + batch + ").");
    }
    Duration initialBackoff = reader.positiveDuration(RETRY_INITIAL_BACKOFF);
    Duration maxBackoff = reader.positiveDuration(RETRY_MAX_BACKOFF);
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      reader.problem(
          RETRY_MAX_BACKOFF, "must not be shorter than cassandra.sink.retry-initial-backoff.");
      maxBackoff = initialBackoff;
    }
    return new CassandraSinkSettings(
        batch,
        reader.intAtLeast(MAX_IN_FLIGHT_REQUESTS, 1),
        Math.max(buffered, batch + 1),
        reader.positiveDuration(MAX_TIME_IN_BUFFER),
        new RetryPolicy(reader.intAtLeast(MAX_RETRIES, 0), initialBackoff, maxBackoff));
  }

  /** Sets these on a sink builder. */
  public <T> CassandraSinkBuilder<T> applyTo(CassandraSinkBuilder<T> builder) {
    return builder
        .setMaxBatchSize(maxBatchSize)
        .setMaxInFlightRequests(maxInFlightRequests)
        .setMaxBufferedRequests(maxBufferedRequests)
        .setMaxTimeInBufferMS(maxTimeInBuffer.toMillis())
        .setRetryPolicy(retryPolicy);
  }
}
