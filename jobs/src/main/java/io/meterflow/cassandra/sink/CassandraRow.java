package io.meterflow.cassandra.sink;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One row waiting to be written: the values of the insert's bind markers and how many times writing
 * it has failed so far. The sink buffers and checkpoints these, so the values are plain
 * serializable types ({@link RowValues}), bound to the prepared statement only in the writer.
 */
public final class CassandraRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Object[] values;
  private final int failedAttempts;

  public CassandraRow(Object[] values) {
    this(values, 0);
  }

  private CassandraRow(Object[] values, int failedAttempts) {
    this.values = values.clone();
    this.failedAttempts = failedAttempts;
  }

  /** The bind values, in marker order; null leaves a column unset. */
  public Object[] values() {
    return values.clone();
  }

  Object value(int index) {
    return values[index];
  }

  int size() {
    return values.length;
  }

  /** How many times writing this row has failed with a retryable error. */
  public int failedAttempts() {
    return failedAttempts;
  }

  /** The same row after one more failed attempt. */
  CassandraRow afterFailedAttempt() {
    return new CassandraRow(values, failedAttempts + 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CassandraRow row
        && row.failedAttempts == failedAttempts
        && Arrays.equals(row.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(values) + failedAttempts;
  }

  @Override
  public String toString() {
    return "CassandraRow" + Arrays.toString(values) + " after " + failedAttempts + " failures";
  }
}
