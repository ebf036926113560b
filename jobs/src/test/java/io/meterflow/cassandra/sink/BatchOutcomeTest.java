package io.meterflow.cassandra.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchOutcomeTest {

  private static final String INSERT = "INSERT INTO readings (id, value) VALUES (?, ?)";
  private static final RetryPolicy POLICY =
      new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1));

  private static CassandraRow row(String id) {
    return new CassandraRow(new Object[] {id, 1.5});
  }

  private static CassandraRow failedTimes(CassandraRow row, int times) {
    CassandraRow failed = row;
    for (int i = 0; i < times; i++) {
      failed = failed.afterFailedAttempt();
    }
    return failed;
  }

  @Test
  void shouldCompleteABatchThatWasWrittenWhole() {
    BatchOutcome outcome =
        BatchOutcome.of(List.of(row("a"), row("b")), Arrays.asList(null, null), POLICY, INSERT);

    assertThat(outcome.written()).isEqualTo(2);
    assertThat(outcome.retry()).isEmpty();
    assertThat(outcome.fatal()).isEmpty();
    assertThat(outcome.failedRows()).isZero();
  }

  @Test
  void shouldRequeueOnlyTheRowsThatFailedWithARetryableError() {
    DriverTimeoutException timeout = new DriverTimeoutException("Query timed out after PT10S");

    BatchOutcome outcome =
        BatchOutcome.of(
            List.of(row("a"), row("b"), failedTimes(row("c"), 1)),
            Arrays.asList(null, timeout, timeout),
            POLICY,
            INSERT);

    assertThat(outcome.written()).isEqualTo(1);
    assertThat(outcome.retry()).containsExactly(failedTimes(row("b"), 1), failedTimes(row("c"), 2));
    assertThat(outcome.fatal()).isEmpty();
    assertThat(outcome.backoff(POLICY)).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void shouldFailTheJobWhenARowHasUsedUpItsRetries() {
    BatchOutcome outcome =
        BatchOutcome.of(
            List.of(failedTimes(row("a"), 2), row("b")),
            Arrays.asList(new DriverTimeoutException("Query timed out after PT10S"), null),
            POLICY,
            INSERT);

    assertThat(outcome.written()).isEqualTo(1);
    assertThat(outcome.failedRows()).isEqualTo(1);
    assertThat(outcome.fatal())
        .get()
        .extracting(Throwable::getMessage)
        .isEqualTo(
            "Writing a row with '"
                + INSERT
                + "' failed 3 times, last with DriverTimeoutException: Query timed out after"
                + " PT10S. Failing the job so it restarts from its last checkpoint: check that"
                + " the Cassandra cluster is up and not overloaded.");
  }

  @Test
  void shouldFailTheJobAtOnceOnANonRetryableError() {
    InvalidQueryException invalid = new InvalidQueryException(null, "unconfigured table readings");

    BatchOutcome outcome =
        BatchOutcome.of(
            List.of(row("a"), row("b")),
            Arrays.asList(invalid, new DriverTimeoutException("Query timed out")),
            POLICY,
            INSERT);

    assertThat(outcome.failedRows()).isEqualTo(1);
    assertThat(outcome.fatal()).get().extracting(Throwable::getCause).isSameAs(invalid);
    assertThat(outcome.fatal().get().getMessage())
        .isEqualTo(
            "Writing a row with '"
                + INSERT
                + "' failed with InvalidQueryException: unconfigured table readings. This error does"
                + " not go away by retrying: fix the statement, the binder or the table.");
  }
}
