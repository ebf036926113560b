package io.meterflow.cassandra.sink;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriter;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.DequeRequestBuffer;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.ResultHandler;
import org.apache.flink.connector.base.sink.writer.SimpleBatchCreator;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.ThreadSafeSimpleCounter;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;

/**
 * Writes batches of rows with one prepared statement, prepared once per writer. A batch goes out as
 * one asynchronous request per row (an unlogged batch across partitions would only load the
 * coordinator); it completes when every row has completed, and only the rows that failed with a
 * retryable error are requeued, after a backoff. {@link AsyncSinkWriter} bounds the requests in
 * flight; before every checkpoint this writer writes its whole buffer and waits for it (see {@link
 * #flush}).
 */
final class CassandraSinkWriter<T> extends AsyncSinkWriter<T, CassandraRow> {

  private final CqlSession session;
  private final PreparedStatement insert;
  private final String insertCql;
  private final RetryPolicy retryPolicy;
  private final Counter rowsWritten;
  private final Counter retries;
  private final Counter failures;

  CassandraSinkWriter(
      ElementConverter<T, CassandraRow> converter,
      WriterInitContext context,
      AsyncSinkWriterConfiguration configuration,
      Collection<BufferedRequestState<CassandraRow>> restored,
      CassandraConnectionConfig connection,
      String insertCql,
      RetryPolicy retryPolicy) {
    // The batch creator and buffer that the deprecated constructor would pick.
    super(
        converter,
        context,
        configuration,
        restored,
        new SimpleBatchCreator<>(configuration.getMaxBatchSizeInBytes()),
        new DequeRequestBuffer<>());
    this.insertCql = insertCql;
    this.retryPolicy = retryPolicy;
    SinkWriterMetricGroup metrics = context.metricGroup();
    // Incremented from the driver's I/O threads, hence thread-safe counters.
    this.rowsWritten = metrics.counter("rowsWritten", new ThreadSafeSimpleCounter());
    this.retries = metrics.counter("retries", new ThreadSafeSimpleCounter());
    this.failures = metrics.counter("failures", new ThreadSafeSimpleCounter());
    this.session = connection.openSession();
    this.insert = session.prepare(SimpleStatement.builder(insertCql).setIdempotence(true).build());
  }

  @Override
  protected void submitRequestEntries(
      List<CassandraRow> rows, ResultHandler<CassandraRow> resultHandler) {
    List<CompletableFuture<Throwable>> outcomes = new ArrayList<>(rows.size());
    for (CassandraRow row : rows) {
      outcomes.add(write(row));
    }
    CompletableFuture.allOf(outcomes.toArray(CompletableFuture<?>[]::new))
        .thenRun(
            () ->
                complete(
                    rows, outcomes.stream().map(CompletableFuture::join).toList(), resultHandler));
  }

  /** The row's error, or a future of null once Cassandra has acknowledged it. */
  private CompletableFuture<Throwable> write(CassandraRow row) {
    try {
      return session
          .executeAsync(bind(row))
          .toCompletableFuture()
          .handle((resultSet, error) -> error);
    } catch (RuntimeException bindingError) {
      return CompletableFuture.completedFuture(bindingError);
    }
  }

  private BoundStatement bind(CassandraRow row) {
    BoundStatement statement = insert.bind(row.values());
    for (int i = 0; i < row.size(); i++) {
      if (row.value(i) == null) {
        // Unset rather than null: a null would write a tombstone.
        statement = statement.unset(i);
      }
    }
    return statement;
  }

  private void complete(
      List<CassandraRow> rows, List<Throwable> errors, ResultHandler<CassandraRow> resultHandler) {
    BatchOutcome outcome = BatchOutcome.of(rows, errors, retryPolicy, insertCql);
    rowsWritten.inc(outcome.written());
    failures.inc(outcome.failedRows());
    if (outcome.fatal().isPresent()) {
      resultHandler.completeExceptionally(outcome.fatal().get());
    } else if (outcome.retry().isEmpty()) {
      resultHandler.complete();
    } else {
      retries.inc(outcome.retry().size());
      // The request stays in flight during the backoff, so the writer back-pressures instead of
      // sending more to a struggling cluster.
      CompletableFuture.delayedExecutor(
              outcome.backoff(retryPolicy).toMillis(), TimeUnit.MILLISECONDS)
          .execute(() -> resultHandler.retryForEntries(outcome.retry()));
    }
  }

  /**
   * Writes every buffered row before a checkpoint, not only those in flight. The base class would
   * carry the buffer in the checkpoint instead (still at least once), but then a completed
   * checkpoint would not mean the rows are in Cassandra: the tables would lag the Kafka topics the
   * same checkpoint commits, and a job cancelled without a savepoint would never write them.
   */
  @Override
  public void flush(boolean endOfInput) throws InterruptedException {
    super.flush(true);
  }

  @Override
  protected long getSizeInBytes(CassandraRow row) {
    long size = 0;
    for (int i = 0; i < row.size(); i++) {
      size += RowValues.estimatedSize(row.value(i));
    }
    return size;
  }

  @Override
  public void close() {
    session.close();
  }
}
