package io.meterflow.jobs.setup;

import com.datastax.oss.driver.api.core.CqlSession;
import io.meterflow.jobs.cassandra.CqlScript;
import io.meterflow.jobs.config.CassandraSettings;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/** Creates the keyspace and tables of {@code cql/meterflow.cql}, filled from the configuration. */
final class TableSetup {

  // Schema changes wait for every node to agree; they take longer than writes.
  private static final Duration SCHEMA_CHANGE_TIMEOUT = Duration.ofSeconds(60);

  private final CassandraSettings cassandra;
  private final Consumer<String> report;

  TableSetup(CassandraSettings cassandra, Consumer<String> report) {
    this.cassandra = cassandra;
    this.report = report;
  }

  /** The values of the script's placeholders. */
  static Map<String, String> placeholders(CassandraSettings cassandra) {
    return Map.of(
        "keyspace", cassandra.connection().keyspace().orElseThrow(),
        "replication", cassandra.schema().replicationCql(),
        "readings_ttl_seconds", Long.toString(cassandra.schema().readingsTtlSeconds()));
  }

  void apply() {
    CqlScript script = CqlScript.fromResource(CqlScript.SUITE_RESOURCE);
    Duration timeout =
        cassandra.connection().requestTimeout().compareTo(SCHEMA_CHANGE_TIMEOUT) > 0
            ? cassandra.connection().requestTimeout()
            : SCHEMA_CHANGE_TIMEOUT;
    // Without a session keyspace: the script creates it.
    try (CqlSession session = cassandra.connection().withoutKeyspace().openSession()) {
      int statements = script.applyTo(session, placeholders(cassandra), timeout);
      report.accept(
          "cassandra keyspace "
              + cassandra.connection().keyspace().orElseThrow()
              + ": "
              + statements
              + " statements applied ("
              + cassandra.schema().replicationCql()
              + ", readings TTL "
              + cassandra.schema().readingsTtl().toDays()
              + " days)");
    }
  }
}
