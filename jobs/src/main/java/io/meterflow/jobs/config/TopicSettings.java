package io.meterflow.jobs.config;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The suite's Kafka topics (SPEC.md section 2 names the defaults) and how setup creates them.
 *
 * @param headEnd head-end readings, Avro (HeadEndReading)
 * @param json readings from the Web API, JSON lines
 * @param devices device master data, compacted (DeviceInfo)
 * @param normalized canonical readings (MeterReading)
 * @param rejected the dead-letter topic (RejectedRecord)
 * @param late readings beyond the allowed lateness (MeterReading)
 * @param intervals periodized consumption (IntervalConsumption)
 * @param aggregates consumption per area and hour, and per tenant and day (ConsumptionAggregate)
 * @param alarms alarm episodes (MeterAlarm)
 * @param registerMappings per-tenant register and unit mappings, compacted (RegisterMappingUpdate)
 * @param partitions partitions of each topic setup creates
 * @param replicationFactor replicas of each topic setup creates
 */
public record TopicSettings(
    String headEnd,
    String json,
    String devices,
    String normalized,
    String rejected,
    String late,
    String intervals,
    String aggregates,
    String alarms,
    String registerMappings,
    int partitions,
    short replicationFactor) {

  public static final Setting HEAD_END =
      new Setting("topics.headend", "meter.readings.headend", "Head-end readings (Avro).");
  public static final Setting JSON =
      new Setting("topics.json", "meter.readings.json", "Web API readings (JSON lines).");
  public static final Setting DEVICES =
      new Setting("topics.devices", "meter.devices", "Device master data (compacted).");
  public static final Setting NORMALIZED =
      new Setting("topics.normalized", "meter.readings.normalized", "Canonical readings.");
  public static final Setting REJECTED =
      new Setting("topics.rejected", "meter.readings.rejected", "Rejected records (DLQ).");
  public static final Setting LATE =
      new Setting("topics.late", "meter.readings.late", "Readings later than allowed.");
  public static final Setting INTERVALS =
      new Setting("topics.intervals", "meter.readings.intervals", "Interval consumption.");
  public static final Setting AGGREGATES =
      new Setting("topics.aggregates", "meter.aggregates", "Area and tenant aggregates.");
  public static final Setting ALARMS = new Setting("topics.alarms", "meter.alarms", "Alarms.");
  public static final Setting REGISTER_MAPPINGS =
      new Setting(
          "topics.register-mappings",
          "meter.config.register-mappings",
          "Per-tenant register mappings (compacted).");
  public static final Setting PARTITIONS =
      new Setting("topics.partitions", "6", "Partitions of each topic that setup creates.");
  public static final Setting REPLICATION_FACTOR =
      new Setting(
          "topics.replication-factor",
          "1",
          "Replicas of each topic that setup creates (3 on a production cluster).");

  /** The settings that name a topic. */
  public static final List<Setting> TOPIC_NAMES =
      List.of(
          HEAD_END,
          JSON,
          DEVICES,
          NORMALIZED,
          REJECTED,
          LATE,
          INTERVALS,
          AGGREGATES,
          ALARMS,
          REGISTER_MAPPINGS);

  static final List<Setting> SETTINGS =
      Stream.concat(TOPIC_NAMES.stream(), Stream.of(PARTITIONS, REPLICATION_FACTOR)).toList();

  private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

  static TopicSettings read(SettingsReader reader) {
    return new TopicSettings(
        name(reader, HEAD_END),
        name(reader, JSON),
        name(reader, DEVICES),
        name(reader, NORMALIZED),
        name(reader, REJECTED),
        name(reader, LATE),
        name(reader, INTERVALS),
        name(reader, AGGREGATES),
        name(reader, ALARMS),
        name(reader, REGISTER_MAPPINGS),
        reader.intAtLeast(PARTITIONS, 1),
        (short) Math.min(reader.intAtLeast(REPLICATION_FACTOR, 1), Short.MAX_VALUE));
  }

  private static String name(SettingsReader reader, Setting setting) {
    String name = reader.string(setting);
    if (!TOPIC_NAME.matcher(name).matches()) {
      reader.problem(
          setting,
          "is not a Kafka topic name: use letters, digits, '.', '_' or '-' (249 at most).");
      return setting.defaultValue();
    }
    return name;
  }

  /** Every topic of the suite. */
  public List<String> all() {
    return List.of(
        headEnd,
        json,
        devices,
        normalized,
        rejected,
        late,
        intervals,
        aggregates,
        alarms,
        registerMappings);
  }

  /** Topics that keep the latest record per key (cleanup.policy=compact). */
  public List<String> compacted() {
    return List.of(devices, registerMappings);
  }
}
