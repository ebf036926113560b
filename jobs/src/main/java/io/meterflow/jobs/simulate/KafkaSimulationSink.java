package io.meterflow.jobs.simulate;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.contracts.registry.ConfluentAvroFormats;
import io.meterflow.contracts.registry.RegistryClientSettings;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.config.TopicSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends a simulation to the suite's topics: head-end readings (Confluent wire format, schema from
 * the registry) and DeviceInfo (same format, keyed by meter to the compacted devices topic) and Web
 * API JSON lines, all keyed by meter so that a meter's readings stay in order on one partition. CSV
 * files go to a directory the normalizer watches; the ground truth and the CSV profile next to it
 * ({@code <csv-dir>/../ground-truth.jsonl}, {@code csv-profiles.yaml}).
 */
public final class KafkaSimulationSink implements SimulationSink {

  private static final Duration CLOSE_TIMEOUT = Duration.ofMinutes(1);

  private final KafkaProducer<byte[], byte[]> producer;
  private final TopicSettings topics;
  private final SerializationSchema<HeadEndReading> headEndValues;
  private final SerializationSchema<DeviceInfo> deviceValues;
  private final CsvFiles csv;
  private final BufferedWriter groundTruth;
  private final RecordJson json = new RecordJson();
  private final AtomicReference<Exception> failure = new AtomicReference<>();

  private KafkaSimulationSink(
      KafkaProducer<byte[], byte[]> producer,
      TopicSettings topics,
      RegistryClientSettings registry,
      CsvFiles csv,
      BufferedWriter groundTruth) {
    this.producer = producer;
    this.topics = topics;
    this.headEndValues =
        ConfluentAvroFormats.serializer(HeadEndReading.class, topics.headEnd(), registry);
    this.deviceValues =
        ConfluentAvroFormats.serializer(DeviceInfo.class, topics.devices(), registry);
    this.csv = csv;
    this.groundTruth = groundTruth;
  }

  public static KafkaSimulationSink open(MeterflowConfig config, Path csvDir) throws IOException {
    Properties properties = config.kafka().clientProperties();
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    properties.put(
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    properties.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
    properties.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    properties.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "20");
    properties.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    CsvFiles csv = new CsvFiles(csvDir);
    BufferedWriter groundTruth =
        OutputDirectorySink.writer(
            csvDir.toAbsolutePath().resolveSibling(OutputDirectorySink.GROUND_TRUTH));
    return new KafkaSimulationSink(
        new KafkaProducer<>(properties),
        config.topics(),
        config.registry().clientSettings(),
        csv,
        groundTruth);
  }

  @Override
  public void groundTruth(InjectedFault fault) throws IOException {
    OutputDirectorySink.line(groundTruth, json.fault(fault));
  }

  @Override
  public void device(DeviceInfo device) throws IOException {
    send(
        topics.devices(),
        RecordKeys.meter(device.getTenant(), device.getMeterId()),
        deviceValues.serialize(device));
  }

  @Override
  public void headEnd(HeadEndReading reading) throws IOException {
    send(
        topics.headEnd(),
        RecordKeys.meter(reading.getTenant(), reading.getDeviceId()),
        headEndValues.serialize(reading));
  }

  @Override
  public void webApiJson(String meterKey, String line) throws IOException {
    send(topics.json(), meterKey, line.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void csvRow(String fileName, String line) throws IOException {
    csv.row(fileName, line);
  }

  private void send(String topic, String meterKey, byte[] value) throws IOException {
    byte[] key = meterKey.getBytes(StandardCharsets.UTF_8);
    producer.send(new ProducerRecord<>(topic, key, value), this::recordFailure);
    checkFailure();
  }

  private void recordFailure(RecordMetadata metadata, Exception exception) {
    if (exception != null) {
      failure.compareAndSet(null, exception);
    }
  }

  private void checkFailure() throws IOException {
    Exception first = failure.get();
    if (first != null) {
      throw new IOException("Kafka did not take a record: " + first.getMessage(), first);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      producer.flush();
      producer.close(CLOSE_TIMEOUT);
    } finally {
      try (csv;
          groundTruth) {
        // closes both
      }
    }
    checkFailure();
  }
}
