package io.meterflow.cassandra.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.connector.base.sink.AsyncSinkBaseBuilder;

/**
 * Builds a {@link CassandraSink}. Connection, insert statement and binder are required; the
 * buffering settings default to what worked best against a single local node (batches of 200, 4 in
 * flight), and {@link #build()} names every missing or inconsistent setting.
 */
public final class CassandraSinkBuilder<T>
    extends AsyncSinkBaseBuilder<T, CassandraRow, CassandraSinkBuilder<T>> {

  static final int DEFAULT_MAX_BATCH_SIZE = 200;
  static final int DEFAULT_MAX_IN_FLIGHT_REQUESTS = 4;
  static final int DEFAULT_MAX_BUFFERED_REQUESTS = 10_000;
  static final long DEFAULT_MAX_BATCH_SIZE_IN_BYTES = 16L * 1024 * 1024;
  static final long DEFAULT_MAX_TIME_IN_BUFFER_MS = 1_000;
  static final long DEFAULT_MAX_RECORD_SIZE_IN_BYTES = 1024L * 1024;

  private CassandraConnectionConfig connection;
  private String insertCql;
  private StatementBinder<T> binder;
  private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;

  CassandraSinkBuilder() {}

  public CassandraSinkBuilder<T> setConnection(CassandraConnectionConfig connection) {
    this.connection = connection;
    return this;
  }

  /** The insert (an upsert) with one bind marker per value the binder gives. */
  public CassandraSinkBuilder<T> setInsertCql(String insertCql) {
    this.insertCql = insertCql;
    return this;
  }

  public CassandraSinkBuilder<T> setStatementBinder(StatementBinder<T> binder) {
    this.binder = binder;
    return this;
  }

  /** Retries of retryable errors (default {@link RetryPolicy#DEFAULT}). */
  public CassandraSinkBuilder<T> setRetryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = retryPolicy;
    return this;
  }

  /**
   * @throws IllegalArgumentException naming every missing or inconsistent setting
   */
  @Override
  public CassandraSink<T> build() {
    int maxBatchSize = or(getMaxBatchSize(), DEFAULT_MAX_BATCH_SIZE);
    int maxBufferedRequests = or(getMaxBufferedRequests(), DEFAULT_MAX_BUFFERED_REQUESTS);
    long maxBatchSizeInBytes = or(getMaxBatchSizeInBytes(), DEFAULT_MAX_BATCH_SIZE_IN_BYTES);
    long maxRecordSizeInBytes = or(getMaxRecordSizeInBytes(), DEFAULT_MAX_RECORD_SIZE_IN_BYTES);
    List<String> problems = new ArrayList<>();
    if (connection == null) {
      problems.add("no connection: call setConnection(CassandraConnectionConfig)");
    }
    if (insertCql == null || insertCql.isBlank()) {
      problems.add(
          "no insert statement: call setInsertCql(\"INSERT INTO table (...) VALUES (?, ...)\")");
    }
    if (binder == null) {
      problems.add("no statement binder: call setStatementBinder(element -> new Object[] {...})");
    }
    if (retryPolicy == null) {
      problems.add("no retry policy: call setRetryPolicy(RetryPolicy.DEFAULT) or leave it unset");
    }
    if (maxBufferedRequests <= maxBatchSize) {
      problems.add(
          "setMaxBufferedRequests ("
              + maxBufferedRequests
              + ") must be greater than setMaxBatchSize ("
              + maxBatchSize
              + ")");
    }
    if (maxBatchSizeInBytes < maxRecordSizeInBytes) {
      problems.add(
          "setMaxBatchSizeInBytes ("
              + maxBatchSizeInBytes
              + ") must be at least setMaxRecordSizeInBytes ("
              + maxRecordSizeInBytes
              + ")");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "CassandraSink cannot be built: " + String.join("; ", problems) + ".");
    }
    return new CassandraSink<>(
        connection,
        insertCql,
        binder,
        retryPolicy,
        maxBatchSize,
        or(getMaxInFlightRequests(), DEFAULT_MAX_IN_FLIGHT_REQUESTS),
        maxBufferedRequests,
        maxBatchSizeInBytes,
        or(getMaxTimeInBufferMS(), DEFAULT_MAX_TIME_IN_BUFFER_MS),
        maxRecordSizeInBytes);
  }

  private static <V> V or(V value, V fallback) {
    return Optional.ofNullable(value).orElse(fallback);
  }
}
