package io.meterflow.cassandra.sink;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.AsyncSinkBase;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A Flink Sink V2 that writes each element as one row through a prepared, idempotent insert (an
 * upsert whose primary key comes from the data, so replays and retries change nothing). At least
 * once: buffered rows are checkpointed, and every checkpoint waits until the rows in flight are
 * acknowledged. Retryable errors are retried with exponential backoff up to a bound; anything else
 * fails the job, which restarts from its last checkpoint.
 *
 * <p>Built on {@link AsyncSinkBase} so it can give way to upstream's Flink 2 Cassandra connector
 * (FLIP-533) when that ships:
 *
 * <pre>{@code
 * CassandraSink<MeterReading> sink =
 *     CassandraSink.<MeterReading>builder()
 *         .setConnection(connection)
 *         .setInsertCql("INSERT INTO readings (tenant, meter_id, value) VALUES (?, ?, ?)")
 *         .setStatementBinder(r -> new Object[] {r.getTenant(), r.getMeterId(), r.getValue()})
 *         .build();
 * }</pre>
 *
 * <p>Metrics of each writer: {@code rowsWritten}, {@code retries} (rows requeued) and {@code
 * failures} (rows that failed the job), beside the standard numRecordsOut and numBytesOut of {@link
 * org.apache.flink.connector.base.sink.writer.AsyncSinkWriter}.
 */
public final class CassandraSink<T> extends AsyncSinkBase<T, CassandraRow> {

  private static final long serialVersionUID = 1L;

  // Slack beyond the driver timeout and backoff before the sink gives up on a batch that never
  // completed (e.g. a callback lost with a dead connection).
  private static final Duration REQUEST_TIMEOUT_SLACK = Duration.ofSeconds(30);

  private final CassandraConnectionConfig connection;
  private final String insertCql;
  private final RetryPolicy retryPolicy;

  CassandraSink(
      CassandraConnectionConfig connection,
      String insertCql,
      StatementBinder<T> binder,
      RetryPolicy retryPolicy,
      int maxBatchSize,
      int maxInFlightRequests,
      int maxBufferedRequests,
      long maxBatchSizeInBytes,
      long maxTimeInBufferMs,
      long maxRecordSizeInBytes) {
    super(
        new RowConverter<>(binder),
        maxBatchSize,
        maxInFlightRequests,
        maxBufferedRequests,
        maxBatchSizeInBytes,
        maxTimeInBufferMs,
        maxRecordSizeInBytes,
        batchTimeout(connection, retryPolicy).toMillis(),
        true);
    this.connection = connection;
    this.insertCql = insertCql;
    this.retryPolicy = retryPolicy;
  }

  public static <T> CassandraSinkBuilder<T> builder() {
    return new CassandraSinkBuilder<>();
  }

  /**
   * How long a batch may stay in flight: every row's request bounded by the driver timeout, then
   * the backoff before its retry.
   */
  static Duration batchTimeout(CassandraConnectionConfig connection, RetryPolicy retryPolicy) {
    return connection
        .requestTimeout()
        .plus(retryPolicy.longestBackoff())
        .plus(REQUEST_TIMEOUT_SLACK);
  }

  @Override
  public StatefulSinkWriter<T, BufferedRequestState<CassandraRow>> createWriter(
      WriterInitContext context) {
    return restoreWriter(context, List.of());
  }

  @Override
  public StatefulSinkWriter<T, BufferedRequestState<CassandraRow>> restoreWriter(
      WriterInitContext context, Collection<BufferedRequestState<CassandraRow>> recoveredState) {
    return new CassandraSinkWriter<>(
        getElementConverter(),
        context,
        writerConfiguration(),
        recoveredState,
        connection,
        insertCql,
        retryPolicy);
  }

  @Override
  public SimpleVersionedSerializer<BufferedRequestState<CassandraRow>> getWriterStateSerializer() {
    return new CassandraRowSerializer();
  }

  private AsyncSinkWriterConfiguration writerConfiguration() {
    return AsyncSinkWriterConfiguration.builder()
        .setMaxBatchSize(getMaxBatchSize())
        .setMaxBatchSizeInBytes(getMaxBatchSizeInBytes())
        .setMaxInFlightRequests(getMaxInFlightRequests())
        .setMaxBufferedRequests(getMaxBufferedRequests())
        .setMaxTimeInBufferMS(getMaxTimeInBufferMS())
        .setMaxRecordSizeInBytes(getMaxRecordSizeInBytes())
        .setRequestTimeoutMS(getRequestTimeoutMS())
        .setFailOnTimeout(getFailOnTimeout())
        .build();
  }
}
