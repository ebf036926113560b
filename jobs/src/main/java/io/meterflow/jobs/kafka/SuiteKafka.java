package io.meterflow.jobs.kafka;

import io.meterflow.contracts.SourceFormat;
import io.meterflow.contracts.registry.ConfluentAvroFormats;
import io.meterflow.contracts.registry.RegistryClientSettings;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.normalizer.raw.RawPayload;
import java.time.Duration;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The Kafka sources and sinks of one job of the suite, from its configuration: Avro values in the
 * Confluent wire format through the schema registry, {@code read_committed} consumers (every topic
 * the suite writes is written in transactions) and exactly-once transactional sinks.
 *
 * <p>Operator uids derive from the topic and never from the order of calls, so a savepoint taken
 * before a change of the job graph still maps onto the sources' offsets after it.
 */
public final class SuiteKafka {

  /**
   * How long a sink's transaction may stay open: beyond the checkpoint interval plus a restart, and
   * within the broker's default transaction.max.timeout.ms (15 min), which Flink's own default of
   * one hour exceeds.
   */
  static final Duration TRANSACTION_TIMEOUT = Duration.ofMinutes(15);

  private final Properties clientProperties;
  private final RegistryClientSettings registry;
  private final String jobName;

  /**
   * @param jobName the job's name (e.g. {@code leak-detection}): its consumer group is {@code
   *     meterflow-<jobName>} and its sinks' transactional ids start with it
   */
  public SuiteKafka(MeterflowConfig config, String jobName) {
    this.clientProperties = config.kafka().clientProperties();
    this.registry = config.registry().clientSettings();
    this.jobName = jobName;
  }

  /** Where a source starts when the job has no checkpoint or savepoint to resume from. */
  public enum StartFrom {
    /** The group's committed offsets, else the earliest: an event topic. */
    COMMITTED,
    /**
     * Always the earliest: a compacted topic (devices, mappings) is the whole current state, which
     * a job started without state must read in full.
     */
    EARLIEST
  }

  /** The Avro records of a topic, with the given event-time watermarks. */
  public <T extends SpecificRecord> DataStream<T> readAvro(
      StreamExecutionEnvironment env,
      String topic,
      Class<T> type,
      StartFrom startFrom,
      WatermarkStrategy<T> watermarks) {
    return read(
        env,
        topic,
        startFrom,
        KafkaRecordDeserializationSchema.valueOnly(
            ConfluentAvroFormats.deserializer(type, registry)),
        watermarks);
  }

  /**
   * The whole of a compacted topic (devices, register mappings), from its earliest offset and
   * outside event time: each topology places these updates in event time itself.
   */
  public <T extends SpecificRecord> DataStream<T> readCompacted(
      StreamExecutionEnvironment env, String topic, Class<T> type) {
    return readAvro(env, topic, type, StartFrom.EARLIEST, WatermarkStrategy.noWatermarks());
  }

  /**
   * The records of an input topic as undecoded {@link RawPayload}s, for the normalizer to parse or
   * reject.
   */
  public DataStream<RawPayload> readRawPayloads(
      StreamExecutionEnvironment env, String topic, SourceFormat format) {
    return read(
        env,
        topic,
        StartFrom.COMMITTED,
        new RawPayloadDeserializer(format),
        WatermarkStrategy.noWatermarks());
  }

  /** Writes the records exactly once to the topic, keyed by {@code key}. */
  public <T extends SpecificRecord> DataStreamSink<T> writeAvro(
      DataStream<T> records, String topic, Class<T> type, RecordKey<T> key) {
    KafkaSink<T> sink =
        KafkaSink.<T>builder()
            .setKafkaProducerConfig(producerProperties())
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
            .setTransactionalIdPrefix(transactionalIdPrefix(topic))
            .setRecordSerializer(
                KafkaRecordSerializationSchema.<T>builder()
                    .setTopic(topic)
                    .setKeySerializationSchema(key.serializer())
                    .setValueSerializationSchema(
                        ConfluentAvroFormats.serializer(type, topic, registry))
                    .build())
            .build();
    return records.sinkTo(sink).uid("kafka-sink-" + topic).name("Kafka " + topic);
  }

  /** Unique per job and topic: two sinks sharing a prefix would abort each other's transactions. */
  String transactionalIdPrefix(String topic) {
    return "meterflow-" + jobName + "-" + topic;
  }

  String groupId() {
    return "meterflow-" + jobName;
  }

  private <T> DataStream<T> read(
      StreamExecutionEnvironment env,
      String topic,
      StartFrom startFrom,
      KafkaRecordDeserializationSchema<T> deserializer,
      WatermarkStrategy<T> watermarks) {
    KafkaSource<T> source =
        KafkaSource.<T>builder()
            .setProperties(consumerProperties())
            .setGroupId(groupId())
            .setTopics(topic)
            .setStartingOffsets(startingOffsets(startFrom))
            .setDeserializer(deserializer)
            .build();
    TypeInformation<T> type = deserializer.getProducedType();
    return env.fromSource(source, watermarks, "Kafka " + topic, type).uid("kafka-source-" + topic);
  }

  // The connector's committedOffsets takes only Kafka's deprecated OffsetResetStrategy.
  @SuppressWarnings("deprecation")
  private static OffsetsInitializer startingOffsets(StartFrom startFrom) {
    return startFrom == StartFrom.EARLIEST
        ? OffsetsInitializer.earliest()
        : OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
  }

  private Properties consumerProperties() {
    Properties properties = new Properties();
    properties.putAll(clientProperties);
    properties.putIfAbsent("isolation.level", "read_committed");
    return properties;
  }

  private Properties producerProperties() {
    Properties properties = new Properties();
    properties.putAll(clientProperties);
    properties.putIfAbsent(
        "transaction.timeout.ms", String.valueOf(TRANSACTION_TIMEOUT.toMillis()));
    return properties;
  }
}
