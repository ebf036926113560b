package io.meterflow.jobs.demo;

import io.meterflow.contracts.registry.ConfluentAvroDecoder;
import io.meterflow.contracts.registry.RegistryClientSettings;
import io.meterflow.contracts.registry.UndecodableMessageException;
import io.meterflow.jobs.config.MeterflowConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The suite's topics as the demo watches them: end offsets, the lag of each job's consumer group,
 * and the committed records of an output topic as a {@code read_committed} consumer downstream sees
 * them.
 */
final class SuiteTopics implements AutoCloseable {

  private final Properties client;
  private final RegistryClientSettings registry;
  private final Admin admin;

  SuiteTopics(MeterflowConfig config) {
    this.client = config.kafka().clientProperties();
    this.registry = config.registry().clientSettings();
    this.admin = Admin.create(client);
  }

  /** The end offset of each partition of the topics. */
  Map<TopicPartition, Long> endOffsets(Collection<String> topics)
      throws ExecutionException, InterruptedException {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (String topic : topics) {
      admin
          .describeTopics(List.of(topic))
          .allTopicNames()
          .get()
          .get(topic)
          .partitions()
          .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
    }
    Map<TopicPartition, Long> ends = new HashMap<>();
    for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end :
        admin.listOffsets(latest).all().get().entrySet()) {
      ends.put(end.getKey(), end.getValue().offset());
    }
    return ends;
  }

  /** The records on the topics: the sum of their end offsets, as all start at 0. */
  long records(Collection<String> topics) throws ExecutionException, InterruptedException {
    return endOffsets(topics).values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * How far the group's committed offsets are behind the ends of the topics, summed over the
   * partitions. A transactional writer ends each transaction with a commit marker that takes an
   * offset and that no consumer commits past, so on such topics one offset per partition does not
   * count.
   */
  long lag(String group, Collection<String> topics, boolean transactional)
      throws ExecutionException, InterruptedException {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    long lag = 0;
    for (Map.Entry<TopicPartition, Long> end : endOffsets(topics).entrySet()) {
      OffsetAndMetadata position = committed.get(end.getKey());
      long behind = end.getValue() - (position == null ? 0 : position.offset());
      lag += Math.max(0, behind - (transactional && end.getValue() > 0 ? 1 : 0));
    }
    return lag;
  }

  /** The committed records of the topic that pass the filter, decoded. */
  <T extends SpecificRecord> List<T> committed(String topic, Class<T> type, Predicate<T> keep)
      throws IOException {
    ConfluentAvroDecoder<T> decoder = new ConfluentAvroDecoder<>(type, registry);
    List<T> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = reader()) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          T value = decode(decoder, record);
          if (keep.test(value)) {
            records.add(value);
          }
        }
      }
    }
    return records;
  }

  private static <T extends SpecificRecord> T decode(
      ConfluentAvroDecoder<T> decoder, ConsumerRecord<byte[], byte[]> record) throws IOException {
    try {
      return decoder.decode(record.value());
    } catch (UndecodableMessageException e) {
      throw new IOException(
          "The suite wrote a record to "
              + record.topic()
              + " that does not decode (offset "
              + record.offset()
              + "): "
              + e.getMessage(),
          e);
    }
  }

  private KafkaConsumer<byte[], byte[]> reader() {
    Properties properties = new Properties();
    properties.putAll(client);
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, "meterflow-demo-report-" + UUID.randomUUID());
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    return new KafkaConsumer<>(
        properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @Override
  public void close() {
    admin.close();
  }
}
