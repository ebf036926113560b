package io.meterflow.cassandra.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.Row;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.testing.RealServicesExtension;
import io.meterflow.jobs.testing.TestClusters;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ExceptionUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sink against a real Cassandra node: 100,000 rows through a job that fails once in the middle,
 * restores from its last checkpoint and still leaves exactly the 100,000 expected rows.
 */
@ExtendWith(RealServicesExtension.class)
class CassandraSinkIT {

  private static final long ROWS = 100_000;
  // In the middle of the second subtask's half of the sequence, several checkpoints in.
  private static final long FAIL_AT = 75_000;
  private static final int SERIES = 100;
  private static final Instant FIRST_READING = Instant.parse("2024-01-15T00:00:00Z");
  private static final String KEYSPACE = "sink_it";
  // Three replicas wanted on a one-node cluster: every LOCAL_QUORUM write is unavailable.
  private static final String UNDER_REPLICATED_KEYSPACE = "sink_it_three_replicas";
  private static final String TABLE =
      "readings (series text, seq bigint, value double, read_at timestamp,"
          + " tags frozen<set<text>>, attempt int, PRIMARY KEY ((series), seq))";
  private static final String INSERT =
      "INSERT INTO readings (series, seq, value, read_at, tags, attempt) VALUES (?, ?, ?, ?, ?, ?)";

  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.withSlots(2);

  private static CassandraConnectionConfig connection;

  @BeforeAll
  static void createEmptyTable(ServiceEndpoints services) {
    connection =
        CassandraConnectionConfig.builder()
            .setContactPoints(List.of(services.cassandraContactPoint()))
            .setLocalDatacenter(services.cassandraLocalDatacenter())
            .setKeyspace(KEYSPACE)
            .setConsistency(DefaultConsistencyLevel.LOCAL_ONE)
            .build();
    try (CqlSession session = connection.withoutKeyspace().openSession()) {
      createTable(session, KEYSPACE, 1);
      createTable(session, UNDER_REPLICATED_KEYSPACE, 3);
      session.execute("TRUNCATE " + KEYSPACE + ".readings");
    }
  }

  private static void createTable(CqlSession session, String keyspace, int replicas) {
    session.execute(
        "CREATE KEYSPACE IF NOT EXISTS "
            + keyspace
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': "
            + replicas
            + "}");
    session.execute("CREATE TABLE IF NOT EXISTS " + keyspace + "." + TABLE);
  }

  @Test
  void shouldLeaveExactlyEveryRowAfterAFailureAndARestoreFromCheckpoint() throws Exception {
    StreamExecutionEnvironment env = environment(2);
    attachSink(
        env.fromSequence(0, ROWS - 1)
            .uid("sequence")
            .name("Sequence")
            .map(new FailOnceAt(FAIL_AT))
            .uid("fail-once")
            .name("Fail once"),
        CassandraSink.<Tuple2<Long, Integer>>builder()
            .setConnection(connection)
            .setInsertCql(INSERT)
            .setStatementBinder(CassandraSinkIT::row)
            .setMaxBatchSize(200)
            .setMaxInFlightRequests(4)
            .build());

    long started = System.nanoTime();
    env.execute("cassandra-sink-it");
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    // Reported, never asserted: the node and the job share two cores with everything else.
    System.out.printf(
        "CassandraSinkIT: %d rows with one failure and restore in %d ms (%d rows/s)%n",
        ROWS, took.toMillis(), ROWS * 1000 / Math.max(1, took.toMillis()));

    Map<Integer, Long> rowsByAttempt = new HashMap<>();
    long rows = 0;
    try (CqlSession session = connection.openSession()) {
      for (Row row :
          session.execute("SELECT series, seq, value, read_at, tags, attempt FROM readings")) {
        long seq = row.getLong("seq");
        assertThat(row.getString("series")).isEqualTo(series(seq));
        assertThat(row.getDouble("value")).isEqualTo(value(seq));
        assertThat(row.getInstant("read_at")).isEqualTo(readAt(seq));
        assertThat(row.getSet("tags", String.class)).isEqualTo(tags(seq));
        rowsByAttempt.merge(row.getInt("attempt"), 1L, Long::sum);
        rows++;
      }
      assertThat(session.execute("SELECT count(*) FROM readings").one().getLong(0)).isEqualTo(ROWS);
    }
    assertThat(rows).isEqualTo(ROWS);
    // Rows of both attempts remain: the job did fail, and the second attempt did not start over
    // but from a checkpoint, leaving the first attempt's checkpointed rows as they were.
    assertThat(rowsByAttempt.keySet()).containsExactlyInAnyOrder(0, 1);
  }

  @Test
  void shouldFailTheJobAtOnceOnAWriteThatCannotSucceed() {
    StreamExecutionEnvironment env = environment(0);
    attachSink(
        tenRows(env),
        CassandraSink.<Tuple2<Long, Integer>>builder()
            .setConnection(connection)
            .setInsertCql(INSERT)
            // A text where the table has a bigint: the driver cannot bind it.
            .setStatementBinder(element -> withSeq(row(element), "seq-" + element.f0))
            .build());

    assertThat(sinkFailure(env))
        .endsWith(
            "Writing a row with '"
                + INSERT
                + "' failed with CodecNotFoundException: Codec not found for requested"
                + " operation: [BIGINT <-> java.lang.String]. This error does not go"
                + " away by retrying: fix the statement, the binder or the table.");
  }

  @Test
  void shouldRetryAnUnavailableClusterAFewTimesThenFailTheJob() {
    StreamExecutionEnvironment env = environment(0);
    attachSink(
        tenRows(env),
        CassandraSink.<Tuple2<Long, Integer>>builder()
            .setConnection(
                CassandraConnectionConfig.builder()
                    .setContactPoints(connection.contactPoints())
                    .setLocalDatacenter(connection.localDatacenter())
                    .setKeyspace(UNDER_REPLICATED_KEYSPACE)
                    .setConsistency(DefaultConsistencyLevel.LOCAL_QUORUM)
                    .build())
            .setInsertCql(INSERT)
            .setStatementBinder(CassandraSinkIT::row)
            .setRetryPolicy(new RetryPolicy(2, Duration.ofMillis(50), Duration.ofMillis(100)))
            .build());

    assertThat(sinkFailure(env))
        .contains("Writing a row with '" + INSERT + "' failed 3 times, last with ")
        .contains(
            "Not enough replicas available for query at consistency LOCAL_QUORUM (2 required but"
                + " only 1 alive)");
  }

  /** The message of the sink's failure that failed the job. */
  private static String sinkFailure(StreamExecutionEnvironment env) {
    Throwable failure = catchThrowable(() -> env.execute("cassandra-sink-it-failure"));
    // By message: a cause that does not serialize reaches the client as a SerializedThrowable,
    // with the message but not the class.
    return ExceptionUtils.findThrowableWithMessage(failure, "Writing a row with")
        .map(Throwable::getMessage)
        .orElseThrow(() -> new AssertionError("The job did not fail in the sink", failure));
  }

  /**
   * A job that fails over as a whole and restarts at most the given number of times, checkpointing
   * every 500 ms.
   */
  private static StreamExecutionEnvironment environment(int restarts) {
    Configuration configuration = new Configuration();
    // Restart the whole job, not only the failed subtask's region, so that rows of the first
    // attempt survive only if the job restored from a checkpoint instead of starting over.
    configuration.set(JobManagerOptions.EXECUTION_FAILOVER_STRATEGY, "full");
    configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    configuration.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restarts);
    configuration.set(
        RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(500));
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(configuration);
    env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
    env.setParallelism(2);
    env.enableCheckpointing(500);
    return env;
  }

  private static DataStream<Tuple2<Long, Integer>> tenRows(StreamExecutionEnvironment env) {
    return env.fromSequence(0, 9)
        .uid("sequence")
        .name("Sequence")
        .map(new FailOnceAt(-1))
        .uid("never-fail")
        .name("Never fail");
  }

  private static void attachSink(
      DataStream<Tuple2<Long, Integer>> rows, CassandraSink<Tuple2<Long, Integer>> sink) {
    rows.sinkTo(sink).uid("cassandra").name("Cassandra");
  }

  private static Object[] withSeq(Object[] row, Object seq) {
    row[1] = seq;
    return row;
  }

  private static Object[] row(Tuple2<Long, Integer> element) {
    long seq = element.f0;
    return new Object[] {series(seq), seq, value(seq), readAt(seq), tags(seq), element.f1};
  }

  private static String series(long seq) {
    return "series-" + (seq % SERIES);
  }

  private static double value(long seq) {
    return seq * 0.25;
  }

  private static Instant readAt(long seq) {
    return FIRST_READING.plus(Duration.ofMinutes(15).multipliedBy(seq / SERIES));
  }

  private static Set<String> tags(long seq) {
    return seq % 10 == 0 ? Set.of("tenth", "even") : seq % 2 == 0 ? Set.of("even") : Set.of();
  }

  /** Throws once, in the first attempt, at one record; passes it and every other one on. */
  private static final class FailOnceAt extends RichMapFunction<Long, Tuple2<Long, Integer>> {

    private final long failAt;

    FailOnceAt(long failAt) {
      this.failAt = failAt;
    }

    @Override
    public Tuple2<Long, Integer> map(Long seq) {
      int attempt = getRuntimeContext().getTaskInfo().getAttemptNumber();
      if (seq == failAt && attempt == 0) {
        throw new IllegalStateException("Injected failure at record " + seq);
      }
      return Tuple2.of(seq, attempt);
    }
  }
}
