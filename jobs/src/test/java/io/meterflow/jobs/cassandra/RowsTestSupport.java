package io.meterflow.jobs.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks shared by the row tests. */
final class RowsTestSupport {

  private RowsTestSupport() {}

  /** The binder gives one value per bind marker of the write's insert. */
  static <T> void assertBindsEveryMarker(TableWrite<T> write, T record) {
    long markers = write.insertCql().chars().filter(c -> c == '?').count();
    assertThat(write.binder().bind(record)).hasSize((int) markers);
    assertThat(write.insertCql()).startsWith("INSERT INTO " + write.table() + " (");
  }
}
