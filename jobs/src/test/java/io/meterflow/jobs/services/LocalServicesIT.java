package io.meterflow.jobs.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterflow.jobs.testing.RealServicesExtension;
import io.meterflow.jobs.testing.TestTopics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RealServicesExtension.class)
class LocalServicesIT {
  private static final Duration CONSUME_TIMEOUT = Duration.ofSeconds(30);
  private static final String SCHEMA_V1 =
      "{\"type\":\"record\",\"name\":\"Probe\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";
  private static final String SCHEMA_V2_WITH_DEFAULT =
      "{\"type\":\"record\",\"name\":\"Probe\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
          + "{\"name\":\"b\",\"type\":\"int\",\"default\":0}]}";
  private static final String SCHEMA_V2_WITHOUT_DEFAULT =
      "{\"type\":\"record\",\"name\":\"Probe\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
          + "{\"name\":\"c\",\"type\":\"int\"}]}";

  private final ServiceEndpoints endpoints;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  LocalServicesIT(ServiceEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  @Test
  void shouldWriteEndpointsOnLoopback() {
    assertThat(endpoints.kafkaBootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
    assertThat(endpoints.registryUrl()).matches("http://127\\.0\\.0\\.1:\\d+/apis/ccompat/v7");
    assertThat(endpoints.cassandraContactPoint()).matches("127\\.0\\.0\\.1:\\d+");
    assertThat(endpoints.cassandraLocalDatacenter()).isEqualTo("datacenter1");
  }

  @Test
  void everyServiceShouldAnswerItsStatusProbe() {
    for (ServiceKind kind : ServiceKind.values()) {
      assertThat(kind.answers(kind.addressIn(endpoints), http)).as(kind.displayName()).isTrue();
    }
  }

  @Test
  void kafkaShouldDeliverAProducedRecordToAConsumer() throws Exception {
    String topic = TestTopics.createUnique(endpoints, "local-services-it", 1);

    RecordMetadata written;
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
      written = producer.send(new ProducerRecord<>(topic, "meter-1", "42.5")).get();
    }

    List<ConsumerRecord<String, String>> read = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
      TopicPartition partition = new TopicPartition(topic, 0);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long deadline = System.nanoTime() + CONSUME_TIMEOUT.toNanos();
      while (read.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(read::add);
      }
    }

    assertThat(written.offset()).isZero();
    assertThat(read).hasSize(1);
    assertThat(read.get(0).key()).isEqualTo("meter-1");
    assertThat(read.get(0).value()).isEqualTo("42.5");
    assertThat(read.get(0).offset()).isZero();
  }

  @Test
  void registryShouldServeTheConfluentApiWithBackwardCompatibility() throws Exception {
    HttpResponse<String> config = get("/config");

    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(json.readTree(config.body()))
        .isEqualTo(json.readTree("{\"compatibilityLevel\":\"BACKWARD\"}"));
  }

  @Test
  void registryShouldRejectASchemaChangeThatBreaksBackwardCompatibility() throws Exception {
    String subject = TestTopics.uniqueName("local-services-it") + "-value";

    HttpResponse<String> first = register(subject, SCHEMA_V1);
    HttpResponse<String> compatible = register(subject, SCHEMA_V2_WITH_DEFAULT);
    HttpResponse<String> incompatible = register(subject, SCHEMA_V2_WITHOUT_DEFAULT);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(compatible.statusCode()).isEqualTo(200);
    assertThat(incompatible.statusCode()).isEqualTo(409);
    assertThat(get("/subjects/" + subject + "/versions").body()).isEqualTo("[1,2]");
  }

  @Test
  void cassandraShouldAnswerCql() {
    HostPort node = endpoints.cassandraAddress();
    try (CqlSession session =
        CqlSession.builder()
            .addContactPoint(new InetSocketAddress(node.host(), node.port()))
            .withLocalDatacenter(endpoints.cassandraLocalDatacenter())
            .build()) {
      String version =
          session.execute("SELECT release_version FROM system.local").one().getString(0);

      // cassandra.server.version in the parent pom
      assertThat(version).isEqualTo("5.0.9");
    }
  }

  private Properties producerConfig() {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return config;
  }

  private Properties consumerConfig() {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return config;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(endpoints.registryUrl() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> register(String subject, String schema)
      throws IOException, InterruptedException {
    String body = json.writeValueAsString(Map.of("schema", schema));
    return http.send(
        HttpRequest.newBuilder(
                URI.create(endpoints.registryUrl() + "/subjects/" + subject + "/versions"))
            .header("Content-Type", "application/vnd.schemaregistry.v1+json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
