package io.meterflow.jobs.testing;

import io.meterflow.contracts.registry.ConfluentAvroDecoder;
import io.meterflow.contracts.registry.ConfluentAvroFormats;
import io.meterflow.contracts.registry.RegistryClientSettings;
import io.meterflow.contracts.registry.UndecodableMessageException;
import io.meterflow.jobs.services.ServiceEndpoints;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Test input and output on the real broker: records sent as a producer of the suite would send
 * them, and the records of a topic as a {@code read_committed} consumer downstream sees them.
 */
public final class TopicRecords {

  private final ServiceEndpoints services;
  private final RegistryClientSettings registry;

  public TopicRecords(ServiceEndpoints services) {
    this.services = services;
    this.registry = RegistryClientSettings.of(URI.create(services.registryUrl()));
  }

  /** Sends Avro records in the Confluent wire format, keyed by {@code key}, and flushes. */
  public <T extends SpecificRecord> void sendAvro(
      String topic, Class<T> type, Function<T, String> key, List<T> records) {
    SerializationSchema<T> values = ConfluentAvroFormats.serializer(type, topic, registry);
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      for (T record : records) {
        producer.send(
            new ProducerRecord<>(
                topic,
                key.apply(record).getBytes(StandardCharsets.UTF_8),
                values.serialize(record)));
      }
      producer.flush();
    }
  }

  /** Sends values as they are (text lines, or bytes that may well be corrupt), without a key. */
  public void sendRaw(String topic, List<byte[]> values) {
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      values.forEach(value -> producer.send(new ProducerRecord<>(topic, value)));
      producer.flush();
    }
  }

  /**
   * Reads the committed records of the topic until there are at least {@code expected}, then on to
   * the end of what is committed, and returns them all: more than {@code expected} means records
   * were duplicated. Fails after {@code timeout}.
   */
  public <T extends SpecificRecord> List<T> awaitCommitted(
      String topic, Class<T> type, int expected, Duration timeout) {
    ConfluentAvroDecoder<T> decoder = new ConfluentAvroDecoder<>(type, registry);
    List<T> records = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      Set<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .collect(Collectors.toSet());
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (records.size() < expected) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              "Only "
                  + records.size()
                  + " of "
                  + expected
                  + " committed records on "
                  + topic
                  + " after "
                  + timeout
                  + ": "
                  + records);
        }
        poll(consumer, decoder, records);
      }
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        poll(consumer, decoder, records);
      }
    }
    return records;
  }

  /** The records committed on the topic so far, without waiting for more. */
  public <T extends SpecificRecord> List<T> committedSoFar(String topic, Class<T> type) {
    return awaitCommitted(topic, type, 0, Duration.ZERO);
  }

  private static <T extends SpecificRecord> void poll(
      KafkaConsumer<byte[], byte[]> consumer, ConfluentAvroDecoder<T> decoder, List<T> into) {
    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
      try {
        into.add(decoder.decode(record.value()));
      } catch (UndecodableMessageException | IOException e) {
        throw new AssertionError("The suite wrote a record that does not decode: " + record, e);
      }
    }
  }

  private KafkaProducer<byte[], byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            services.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  private KafkaConsumer<byte[], byte[]> consumer() {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            services.kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "test-reader-" + UUID.randomUUID(),
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }
}
