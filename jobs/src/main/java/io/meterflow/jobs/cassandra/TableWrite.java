package io.meterflow.jobs.cassandra;

import io.meterflow.cassandra.sink.StatementBinder;
import java.io.Serializable;
import org.apache.flink.api.common.functions.FilterFunction;

/**
 * How one kind of record is written to one table: the upsert, the binder of its values, and which
 * records belong in the table at all (e.g. only P1D intervals in daily_consumption_by_tenant).
 *
 * @param name stable name of the write, used in operator uids: never change it once deployed
 * @param table the table written
 * @param insertCql the upsert, with one bind marker per value of the binder
 * @param binder the values of one record, in marker order
 * @param accepts which records are written (the others are not meant for this table)
 * @param <T> the record type
 */
public record TableWrite<T>(
    String name,
    String table,
    String insertCql,
    StatementBinder<T> binder,
    FilterFunction<T> accepts)
    implements Serializable {

  /** A write of every record. */
  static <T> TableWrite<T> ofAll(
      String name, String table, String insertCql, StatementBinder<T> binder) {
    return new TableWrite<>(name, table, insertCql, binder, record -> true);
  }
}
