package io.meterflow.jobs.cassandra;

import io.meterflow.cassandra.sink.CassandraSink;
import io.meterflow.jobs.config.CassandraSettings;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;

/** Attaches a {@link TableWrite} to a stream: the records meant for the table, then its sink. */
public final class CassandraTableSinks {

  private CassandraTableSinks() {}

  /**
   * Writes the stream's records that belong in the table, with operator uids derived from the
   * write's name (stable across releases, for savepoint-compatible upgrades).
   */
  public static <T> DataStreamSink<T> writeTo(
      DataStream<T> records, TableWrite<T> write, CassandraSettings cassandra) {
    CassandraSink<T> sink =
        cassandra
            .sink()
            .applyTo(CassandraSink.<T>builder())
            .setConnection(cassandra.connection())
            .setInsertCql(write.insertCql())
            .setStatementBinder(write.binder())
            .build();
    return records
        .filter(write.accepts())
        .uid("cassandra-" + write.name() + "-rows")
        .name("Rows for " + write.table())
        .sinkTo(sink)
        .uid("cassandra-" + write.name())
        .name("Cassandra " + write.table());
  }
}
