package io.meterflow.jobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.meterflow.contracts.MeterAlarm;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * The alarm tables of a suite under test (alarms_by_meter, alarms_by_tenant_day) as one row per
 * episode holds them, checked against the steps a consumer read from {@code meter.alarms}:
 * Cassandra must hold each episode's latest step.
 */
public final class AlarmTables {

  /** One row of an alarm table: an episode as its latest step left it. */
  record EpisodeRow(
      String alarmId,
      String meterId,
      String areaId,
      String type,
      String severity,
      String status,
      int sequence,
      Instant raisedTime,
      Instant endTime,
      Instant eventTime,
      Map<String, Double> evidence) {

    static EpisodeRow of(MeterAlarm step) {
      return new EpisodeRow(
          step.getAlarmId(),
          step.getMeterId(),
          step.getAreaId(),
          step.getType().name(),
          step.getSeverity().name(),
          step.getStatus().name(),
          step.getSequence(),
          step.getStartTime(),
          step.getEndTime(),
          step.getEventTime(),
          Map.copyOf(step.getEvidence()));
    }

    static EpisodeRow of(Row row) {
      return new EpisodeRow(
          row.getString("alarm_id"),
          row.getString("meter_id"),
          row.getString("area_id"),
          row.getString("type"),
          row.getString("severity"),
          row.getString("status"),
          row.getInt("sequence"),
          row.getInstant("raised_time"),
          row.getInstant("end_time"),
          row.getInstant("event_time"),
          row.getMap("evidence", String.class, Double.class));
    }
  }

  private static final String BY_METER = "alarms_by_meter";
  private static final String BY_TENANT_DAY = "alarms_by_tenant_day";

  private static final String COLUMNS =
      "alarm_id, meter_id, area_id, type, severity, status, sequence, raised_time, end_time,"
          + " event_time, evidence";

  private AlarmTables() {}

  /**
   * Waits until the alarm tables hold each episode of the alarms as its latest step left it
   * (alarms_by_tenant_day every episode, alarms_by_meter those about a meter), and asserts that
   * they do. Rows reach Cassandra up to the sink's max time in buffer after the same alarms commit
   * on Kafka: at a checkpoint the async sink keeps its buffered rows in the checkpoint's state
   * rather than writing them, so the job must still run.
   */
  public static void awaitLatestSteps(
      SuiteUnderTest suite, List<MeterAlarm> alarms, Duration timeout) {
    Map<String, EpisodeRow> episodes = latestSteps(alarms);
    Map<String, EpisodeRow> meterEpisodes =
        episodes.entrySet().stream()
            .filter(episode -> episode.getValue().meterId() != null)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    long deadline = System.nanoTime() + timeout.toNanos();
    try (CqlSession session = suite.cassandraSession()) {
      while (System.nanoTime() < deadline
          && !(rows(session, BY_TENANT_DAY).equals(episodes)
              && rows(session, BY_METER).equals(meterEpisodes))) {
        // A poll interval, so as not to scan the tables back to back.
        CompletableFuture.runAsync(
                () -> {}, CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS))
            .join();
      }
      assertThat(rows(session, BY_TENANT_DAY)).as(BY_TENANT_DAY).isEqualTo(episodes);
      assertThat(rows(session, BY_METER)).as(BY_METER).isEqualTo(meterEpisodes);
    }
  }

  /** Each episode's step of the highest sequence, by alarm id: what its row must hold. */
  private static Map<String, EpisodeRow> latestSteps(List<MeterAlarm> steps) {
    BinaryOperator<MeterAlarm> later =
        BinaryOperator.maxBy(Comparator.comparingInt(MeterAlarm::getSequence));
    return steps.stream()
        .collect(Collectors.toMap(MeterAlarm::getAlarmId, step -> step, later))
        .values()
        .stream()
        .collect(Collectors.toMap(MeterAlarm::getAlarmId, EpisodeRow::of));
  }

  private static Map<String, EpisodeRow> rows(CqlSession session, String table) {
    Map<String, EpisodeRow> rows = new HashMap<>();
    for (Row row : session.execute("SELECT " + COLUMNS + " FROM " + table)) {
      EpisodeRow episode = EpisodeRow.of(row);
      rows.put(episode.alarmId(), episode);
    }
    return rows;
  }
}
