package io.meterflow.jobs.bench;

import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.contracts.registry.ConfluentAvroDecoder;
import io.meterflow.contracts.registry.ConfluentAvroFormats;
import io.meterflow.contracts.registry.RegistryClientSettings;
import io.meterflow.contracts.registry.UndecodableMessageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
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
 * A head-end topic of one partition filled ahead of time with a generated fleet's readings in time
 * order, and the limit of reading it back: a plain consumer that reads and Avro-decodes every
 * record, as fast as it can.
 */
final class HeadEndBacklog {

  private final Properties client;
  private final RegistryClientSettings registry;
  private final String topic;

  HeadEndBacklog(Properties client, RegistryClientSettings registry, String topic) {
    this.client = client;
    this.registry = registry;
    this.topic = topic;
  }

  /** Writes the first {@code readings} readings of a fleet of {@code meters}; returns records/s. */
  double fill(long readings, long meters) throws ExecutionException, InterruptedException {
    SerializationSchema<HeadEndReading> serializer =
        ConfluentAvroFormats.serializer(HeadEndReading.class, topic, registry);
    FleetHeadEnd fleet = new FleetHeadEnd(meters);
    Properties properties = new Properties();
    properties.putAll(client);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    properties.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
    long start = System.nanoTime();
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (long n = 0; n < readings; n++) {
        HeadEndReading reading = fleet.map(n);
        byte[] key = reading.getDeviceId().getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(topic, key, serializer.serialize(reading)));
      }
      // The last send's acknowledgement: every earlier one of its partition is in before it.
      producer.flush();
    }
    return readings / ((System.nanoTime() - start) / 1e9);
  }

  /** Reads and decodes the topic from its start until {@code readings} records; records/s. */
  double readLimit(long readings) throws IOException, UndecodableMessageException {
    ConfluentAvroDecoder<HeadEndReading> decoder =
        new ConfluentAvroDecoder<>(HeadEndReading.class, registry);
    Properties properties = new Properties();
    properties.putAll(client);
    // No consumer group: the partitions are assigned, and nothing is committed.
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long start = System.nanoTime();
      long read = 0;
      // Summed so that the decoding cannot be optimised away.
      double total = 0;
      while (read < readings) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          total += decoder.decode(record.value()).getValue();
          read++;
        }
      }
      double rate = read / ((System.nanoTime() - start) / 1e9);
      if (Double.isNaN(total)) {
        throw new IllegalStateException("The backlog holds a reading without a value");
      }
      return rate;
    }
  }
}
