package io.meterflow.jobs.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CqlScriptTest {

  @Test
  void shouldSplitOnSemicolonsOutsideCommentsLiteralsAndQuotedNames() {
    CqlScript script =
        CqlScript.parse(
            "test.cql",
            """
            -- a comment; with a semicolon
            CREATE TABLE a (id text PRIMARY KEY) WITH comment = 'x; y''s';
            // another; comment
            /* a block;
               comment */ INSERT INTO "odd;name" (id) VALUES ('1');
            CREATE FUNCTION f() RETURNS NULL ON NULL INPUT RETURNS int LANGUAGE java
              AS $$ return 1; $$;

            UPDATE a SET x = 1 WHERE id = '2'
            """);

    assertThat(script.statements())
        .containsExactly(
            "CREATE TABLE a (id text PRIMARY KEY) WITH comment = 'x; y''s'",
            "INSERT INTO \"odd;name\" (id) VALUES ('1')",
            "CREATE FUNCTION f() RETURNS NULL ON NULL INPUT RETURNS int LANGUAGE java\n"
                + "  AS $$ return 1; $$",
            "UPDATE a SET x = 1 WHERE id = '2'");
  }

  @Test
  void shouldFillPlaceholdersAndNameAnyWithoutAValue() {
    CqlScript script =
        CqlScript.parse("test.cql", "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH r = ${x};");

    assertThat(script.statements(Map.of("keyspace", "mf", "x", "{'a': '$1'}")))
        .containsExactly("CREATE KEYSPACE IF NOT EXISTS mf WITH r = {'a': '$1'}");
    assertThatThrownBy(() -> script.statements(Map.of("keyspace", "mf")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CQL script test.cql uses ${x}, which has no value: give it one of [keyspace].");
  }

  @Test
  void shouldHoldTheSuiteKeyspaceAndEveryTableIdempotently() {
    List<String> statements =
        CqlScript.fromResource(CqlScript.SUITE_RESOURCE)
            .statements(
                Map.of(
                    "keyspace", "meterflow",
                    "replication", "{'class': 'SimpleStrategy', 'replication_factor': 1}",
                    "readings_ttl_seconds", "34560000"));

    assertThat(statements)
        .extracting(statement -> statement.lines().findFirst().orElseThrow())
        .containsExactly(
            "CREATE KEYSPACE IF NOT EXISTS meterflow",
            "CREATE TABLE IF NOT EXISTS meterflow.readings_by_series_day (",
            "ALTER TABLE meterflow.readings_by_series_day",
            "CREATE TABLE IF NOT EXISTS meterflow.intervals_by_series_day (",
            "CREATE TABLE IF NOT EXISTS meterflow.daily_consumption_by_tenant (",
            "CREATE TABLE IF NOT EXISTS meterflow.consumption_by_area_hour (",
            "CREATE TABLE IF NOT EXISTS meterflow.alarms_by_meter (",
            "CREATE TABLE IF NOT EXISTS meterflow.alarms_by_tenant_day (");
    assertThat(statements.get(1))
        .contains("PRIMARY KEY ((tenant, meter_id, register, day), reading_time)")
        .contains("default_time_to_live = 34560000");
    assertThat(statements).noneMatch(statement -> statement.contains("${"));
  }
}
