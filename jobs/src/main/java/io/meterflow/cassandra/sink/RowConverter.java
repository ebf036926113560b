package io.meterflow.cassandra.sink;

import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;

/** Turns an element into the row to buffer, through the user's {@link StatementBinder}. */
final class RowConverter<T> implements ElementConverter<T, CassandraRow> {

  private static final long serialVersionUID = 1L;

  private final StatementBinder<T> binder;

  RowConverter(StatementBinder<T> binder) {
    this.binder = binder;
  }

  @Override
  public CassandraRow apply(T element, SinkWriter.Context context) {
    Object[] values = binder.bind(element);
    for (int i = 0; i < values.length; i++) {
      if (!RowValues.isSupported(values[i])) {
        throw new IllegalArgumentException(
            "The statement binder gave a "
                + values[i].getClass().getName()
                + " for bind marker "
                + i
                + ": bind one of "
                + RowValues.SUPPORTED
                + " (e.g. enum.name(), an Instant, a LocalDate).");
      }
    }
    return new CassandraRow(values);
  }
}
