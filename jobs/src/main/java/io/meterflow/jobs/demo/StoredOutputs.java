package io.meterflow.jobs.demo;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.meterflow.contracts.ConsumptionAggregate;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.jobs.cassandra.AggregateRows;
import io.meterflow.jobs.cassandra.TableWrite;
import io.meterflow.jobs.config.TopicSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What the jobs stored in Cassandra against what they committed to Kafka, once the pipeline has
 * drained: the newest version of every interval and area-hour aggregate and the latest step of
 * every alarm episode has its row, alike, and the tables hold no other rows. Each table is written
 * from the same stream as its topic, flushed in the same checkpoints, so anything but an exact
 * match is output lost or written twice.
 */
final class StoredOutputs {

  private static final Versioned<IntervalConsumption> INTERVALS =
      new Versioned<>(
          interval ->
              String.join(
                  "|",
                  interval.getTenant(),
                  interval.getMeterId(),
                  interval.getRegister().name(),
                  interval.getResolution(),
                  interval.getIntervalStart().toString()),
          IntervalConsumption::getVersion,
          interval ->
              columns(interval.getVersion(), interval.getConsumption(), interval.getQuality()));

  private static final TableRows INTERVAL_ROWS =
      new TableRows(
          "intervals_by_series_day",
          "SELECT tenant, meter_id, register, resolution, interval_start, version, consumption,"
              + " quality FROM intervals_by_series_day",
          row ->
              String.join(
                  "|",
                  row.getString("tenant"),
                  row.getString("meter_id"),
                  row.getString("register"),
                  row.getString("resolution"),
                  String.valueOf(row.getInstant("interval_start"))),
          row ->
              columns(
                  row.getInt("version"), row.getDouble("consumption"), row.getString("quality")));

  private static final Versioned<ConsumptionAggregate> AREA_HOURS =
      new Versioned<>(
          aggregate ->
              String.join(
                  "|",
                  aggregate.getTenant(),
                  aggregate.getAreaId(),
                  aggregate.getPeriodStart().toString(),
                  aggregate.getRegister().name()),
          ConsumptionAggregate::getVersion,
          aggregate ->
              columns(
                  aggregate.getVersion(), aggregate.getConsumption(), aggregate.getMeterCount()));

  private static final TableRows AREA_HOUR_ROWS =
      new TableRows(
          "consumption_by_area_hour",
          "SELECT tenant, area_id, hour_start, register, version, consumption, meter_count"
              + " FROM consumption_by_area_hour",
          row ->
              String.join(
                  "|",
                  row.getString("tenant"),
                  row.getString("area_id"),
                  String.valueOf(row.getInstant("hour_start")),
                  row.getString("register")),
          row ->
              columns(
                  row.getInt("version"), row.getDouble("consumption"), row.getInt("meter_count")));

  private static final Versioned<MeterAlarm> ALARM_STEPS =
      new Versioned<>(
          alarm -> alarm.getTenant() + "|" + alarm.getAlarmId(),
          MeterAlarm::getSequence,
          alarm -> columns(alarm.getSequence(), alarm.getStatus(), alarm.getEndTime()));

  private static final TableRows ALARM_ROWS =
      new TableRows(
          "alarms_by_tenant_day",
          "SELECT tenant, alarm_id, sequence, status, end_time FROM alarms_by_tenant_day",
          row -> row.getString("tenant") + "|" + row.getString("alarm_id"),
          row ->
              columns(row.getInt("sequence"), row.getString("status"), row.getInstant("end_time")));

  private final SuiteTopics kafka;
  private final TopicSettings topics;
  private final CqlSession cassandra;

  StoredOutputs(SuiteTopics kafka, TopicSettings topics, CqlSession cassandra) {
    this.kafka = kafka;
    this.topics = topics;
    this.cassandra = cassandra;
  }

  /**
   * Three balances per topic and table: every version on the topic once, the topic's newest records
   * found alike in the table, and the table's rows found alike on the topic.
   */
  List<Balance> balances() throws IOException {
    List<Balance> balances = new ArrayList<>();
    balances.addAll(
        check(
            topics.intervals(),
            kafka.committed(topics.intervals(), IntervalConsumption.class, interval -> true),
            INTERVALS,
            INTERVAL_ROWS));
    balances.addAll(
        check(
            topics.aggregates(),
            kafka.committed(
                topics.aggregates(), ConsumptionAggregate.class, StoredOutputs::areaHour),
            AREA_HOURS,
            AREA_HOUR_ROWS));
    balances.addAll(
        check(
            topics.alarms(),
            kafka.committed(topics.alarms(), MeterAlarm.class, alarm -> true),
            ALARM_STEPS,
            ALARM_ROWS));
    return balances;
  }

  private <T> List<Balance> check(
      String topic, List<T> records, Versioned<T> versioned, TableRows table) {
    List<Balance> balances = new ArrayList<>();
    balances.add(versioned.once(topic, records));
    balances.addAll(compare(table.name(), versioned.newest(records), table.read(cassandra)));
    return balances;
  }

  /**
   * How a topic's records are told apart: the key of their row, the version (or step sequence) that
   * orders a key's records, and the columns compared with the row.
   */
  record Versioned<T>(
      Function<T, String> key, ToIntFunction<T> version, Function<T, String> columns) {

    /**
     * Every version of a key once on the topic, as an exactly-once writer leaves it: {@code
     * records} must equal {@code distinctVersions}.
     */
    Balance once(String topic, List<T> records) {
      long distinct =
          records.stream()
              .map(record -> key.apply(record) + "@" + version.applyAsInt(record))
              .distinct()
              .count();
      return new Balance(
          "Kafka " + topic, "records", records.size(), Map.of("distinctVersions", distinct));
    }

    /** The compared columns of each key's newest record. */
    Map<String, String> newest(List<T> records) {
      Map<String, T> newest = new HashMap<>();
      for (T record : records) {
        newest.merge(
            key.apply(record),
            record,
            (kept, next) -> version.applyAsInt(next) >= version.applyAsInt(kept) ? next : kept);
      }
      Map<String, String> compared = new HashMap<>();
      newest.forEach((rowKey, record) -> compared.put(rowKey, columns.apply(record)));
      return compared;
    }
  }

  /** A table's rows as the same key and columns as its topic's {@link Versioned} gives them. */
  private record TableRows(
      String name, String query, Function<Row, String> key, Function<Row, String> columns) {

    Map<String, String> read(CqlSession cassandra) {
      Map<String, String> rows = new HashMap<>();
      for (Row row : cassandra.execute(query)) {
        rows.put(key.apply(row), columns.apply(row));
      }
      return rows;
    }
  }

  /**
   * A table against its topic, each given as row key to the compared columns: how many of the
   * topic's newest records the table holds alike, and how many of the table's rows are alike.
   */
  static List<Balance> compare(
      String table, Map<String, String> onKafka, Map<String, String> inCassandra) {
    long alike =
        onKafka.entrySet().stream()
            .filter(record -> record.getValue().equals(inCassandra.get(record.getKey())))
            .count();
    return List.of(
        new Balance(
            "Kafka -> " + table,
            "newestOnKafka",
            onKafka.size(),
            Map.of("alikeInCassandra", alike)),
        new Balance(table, "rows", inCassandra.size(), Map.of("alikeOnKafka", alike)));
  }

  /** The columns compared, as text: enums by name and instants as Cassandra returns them. */
  static String columns(Object... values) {
    List<String> texts = new ArrayList<>();
    for (Object value : values) {
      texts.add(value instanceof Enum<?> constant ? constant.name() : String.valueOf(value));
    }
    return String.join("|", texts);
  }

  private static boolean areaHour(ConsumptionAggregate aggregate) {
    return accepts(AggregateRows.AREA_HOUR, aggregate);
  }

  private static <T> boolean accepts(TableWrite<T> write, T record) {
    try {
      return write.accepts().filter(record);
    } catch (Exception e) {
      throw new IllegalStateException("The filter of " + write.table() + " failed on " + record, e);
    }
  }
}
