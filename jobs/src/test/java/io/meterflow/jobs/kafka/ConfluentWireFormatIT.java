package io.meterflow.jobs.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.registry.ConfluentAvroDecoder;
import io.meterflow.contracts.registry.ConfluentAvroFormats;
import io.meterflow.contracts.registry.RegistryClientSettings;
import io.meterflow.contracts.registry.UndecodableMessageException;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.testing.RealServicesExtension;
import io.meterflow.jobs.testing.SuiteUnderTest;
import io.meterflow.jobs.testing.TopicRecords;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Confluent wire format against the real Apicurio registry and the real broker: a record
 * round-trips; a message that can never be decoded is a definitive error; a registry that is down
 * is retried, never taken for a bad message.
 */
@ExtendWith(RealServicesExtension.class)
class ConfluentWireFormatIT {

  private static final MeterReading READING =
      ContractFixtures.reading(Register.WATER_VOLUME, ContractFixtures.BEGINNING, 123.456).build();

  @Test
  void shouldRoundTripARecordThroughTheRegistryAndTheBroker(ServiceEndpoints services)
      throws Exception {
    String topic = SuiteUnderTest.setUp(services, "wire-it").config().topics().normalized();
    TopicRecords topics = new TopicRecords(services);

    topics.sendAvro(topic, MeterReading.class, MeterReading::getMeterId, List.of(READING));

    assertThat(topics.awaitCommitted(topic, MeterReading.class, 1, Duration.ofSeconds(30)))
        .containsExactly(READING);
    byte[] message = serializer(services, topic).serialize(READING);
    assertThat(message[0]).as("magic byte").isZero();
    assertThat(ByteBuffer.wrap(message, 1, 4).getInt())
        .as("the id the registry holds for the subject's latest version")
        .isEqualTo(latestSchemaId(services, topic + "-value"));
  }

  @Test
  void shouldRejectAnUnknownSchemaIdAndABadMagicByteAsDefinitive(ServiceEndpoints services)
      throws Exception {
    String topic = SuiteUnderTest.setUp(services, "wire-it").config().topics().normalized();
    byte[] valid = serializer(services, topic).serialize(READING);
    byte[] unknownId = valid.clone();
    ByteBuffer.wrap(unknownId, 1, 4).putInt(987_654_321);
    ConfluentAvroDecoder<MeterReading> decoder = decoder(registry(services));

    assertThat(decoder.decode(valid)).isEqualTo(READING);
    assertThatThrownBy(() -> decoder.decode(unknownId))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessageContaining("unknown schema id 987654321");
    assertThatThrownBy(() -> decoder.decode("{\"meterId\": 1}".getBytes()))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessageContaining("bad magic byte 0x7b");
  }

  @Test
  void shouldRetryARegistryThatAnswersUnavailableUntilItAnswers(ServiceEndpoints services)
      throws Exception {
    String topic = SuiteUnderTest.setUp(services, "wire-it").config().topics().normalized();
    byte[] valid = serializer(services, topic).serialize(READING);
    AtomicInteger requests = new AtomicInteger();
    HttpServer flakyProxy = flakyProxyTo(services.registryUrl(), 2, requests);
    try {
      RegistryClientSettings throughProxy =
          RegistryClientSettings.of(
                  URI.create(
                      "http://127.0.0.1:" + flakyProxy.getAddress().getPort() + "/apis/ccompat/v7"))
              .withRetries(4, Duration.ofMillis(20));

      assertThat(decoder(throughProxy).decode(valid)).isEqualTo(READING);
      assertThat(requests).as("two 503s, then the real answer").hasValue(3);
    } finally {
      flakyProxy.stop(0);
    }
  }

  @Test
  void shouldReportAnUnreachableRegistryAsTransientAfterItsAttempts(ServiceEndpoints services)
      throws Exception {
    String topic = SuiteUnderTest.setUp(services, "wire-it").config().topics().normalized();
    byte[] valid = serializer(services, topic).serialize(READING);
    RegistryClientSettings nobodyListening =
        RegistryClientSettings.of(
                URI.create("http://127.0.0.1:" + closedPort() + "/apis/ccompat/v7"))
            .withRetries(3, Duration.ofMillis(20));

    assertThatThrownBy(() -> decoder(nobodyListening).decode(valid))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(UndecodableMessageException.class);
  }

  private static RegistryClientSettings registry(ServiceEndpoints services) {
    return RegistryClientSettings.of(URI.create(services.registryUrl()));
  }

  private static SerializationSchema<MeterReading> serializer(
      ServiceEndpoints services, String topic) {
    return ConfluentAvroFormats.serializer(MeterReading.class, topic, registry(services));
  }

  private static ConfluentAvroDecoder<MeterReading> decoder(RegistryClientSettings registry) {
    return new ConfluentAvroDecoder<>(MeterReading.class, registry);
  }

  private static int latestSchemaId(ServiceEndpoints services, String subject) throws Exception {
    HttpResponse<String> latest =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            services.registryUrl() + "/subjects/" + subject + "/versions/latest"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(latest.body())
        .get("id")
        .asInt();
  }

  /** A proxy to the registry that answers 503 to its first {@code failures} requests. */
  private static HttpServer flakyProxyTo(String registryUrl, int failures, AtomicInteger requests)
      throws IOException {
    URI registry = URI.create(registryUrl);
    String origin = registry.getScheme() + "://" + registry.getAuthority();
    HttpClient client = HttpClient.newHttpClient();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          if (requests.incrementAndGet() <= failures) {
            respond(exchange, 503, "{\"error_code\":50301,\"message\":\"unavailable\"}".getBytes());
            return;
          }
          try {
            HttpResponse<byte[]> answer =
                client.send(
                    HttpRequest.newBuilder(URI.create(origin + exchange.getRequestURI())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            respond(exchange, answer.statusCode(), answer.body());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            respond(exchange, 500, new byte[0]);
          }
        });
    server.start();
    return server;
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** A loopback port that was free a moment ago, with nobody listening. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
