package io.meterflow.contracts.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterReading;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaRegistryClientTest {

  private static final Duration TINY_BACKOFF = Duration.ofMillis(1);
  private static final Schema READING = MeterReading.getClassSchema();

  private FakeSchemaRegistry registry;
  private SchemaRegistryClient client;

  @BeforeEach
  void startRegistry() throws IOException {
    registry = new FakeSchemaRegistry();
    client = new SchemaRegistryClient(settings());
  }

  @AfterEach
  void stopRegistry() {
    client.close();
    registry.close();
  }

  private RegistryClientSettings settings() {
    return RegistryClientSettings.of(registry.baseUrl()).withRetries(3, TINY_BACKOFF);
  }

  @Test
  void shouldRegisterOncePerSubjectAndSchema() throws IOException {
    int first = client.register("readings-value", READING);
    int again = client.register("readings-value", READING);
    int otherSubject = client.register("copies-value", READING);
    int otherSchema = client.register("readings-value", DeviceInfo.getClassSchema());

    assertThat(first).isEqualTo(1);
    assertThat(again).isEqualTo(1);
    assertThat(otherSubject).isEqualTo(1);
    assertThat(otherSchema).isEqualTo(2);
    assertThat(registry.requests("POST", "/subjects/readings-value/versions")).isEqualTo(2);
    assertThat(registry.requests("POST", "/subjects/copies-value/versions")).isEqualTo(1);
  }

  @Test
  void shouldFetchEachSchemaIdOnce() throws Exception {
    int id = registry.preRegister(READING);

    assertThat(client.schemaById(id)).isEqualTo(READING);
    assertThat(client.schemaById(id)).isEqualTo(READING);
    assertThat(registry.requests("GET", "/schemas/ids/" + id)).isEqualTo(1);
  }

  @Test
  void shouldKnowTheSchemaOfAnIdItRegisteredWithoutFetchingIt() throws Exception {
    int id = client.register("readings-value", READING);

    assertThat(client.schemaById(id)).isEqualTo(READING);
    assertThat(registry.requests("GET", "/schemas/ids/" + id)).isZero();
  }

  @Test
  void shouldRetryServiceUnavailableUntilTheRegistryAnswers() throws Exception {
    int id = registry.preRegister(READING);
    registry.answerNext(2, 503, "{\"error_code\":50301,\"message\":\"starting\"}");

    assertThat(client.schemaById(id)).isEqualTo(READING);
    assertThat(registry.requests("GET", "/schemas/ids/" + id)).isEqualTo(3);
  }

  @Test
  void shouldGiveUpWithIOExceptionWhenTheRegistryStaysFailing() {
    registry.answerNext(3, 503, "{\"error_code\":50301,\"message\":\"down\"}");

    assertThatThrownBy(() -> client.register("readings-value", READING))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("failed after 3 attempts, last: HTTP 503 (error_code 50301): down");
    assertThat(registry.requests("POST", "/subjects/readings-value/versions")).isEqualTo(3);
  }

  @Test
  void shouldRetryTooManyRequests() throws Exception {
    registry.answerNext(1, 429, "{\"error_code\":42901,\"message\":\"slow down\"}");

    assertThat(client.register("readings-value", READING)).isEqualTo(1);
    assertThat(registry.requests("POST", "/subjects/readings-value/versions")).isEqualTo(2);
  }

  @Test
  void shouldThrowIOExceptionAfterMaxAttemptsWhenTheConnectionIsRefused() throws IOException {
    URI closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/apis/ccompat/v7");
    }
    SchemaRegistryClient refused =
        new SchemaRegistryClient(
            RegistryClientSettings.of(closedPort).withRetries(4, TINY_BACKOFF));

    assertThatThrownBy(() -> refused.schemaById(1))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(
            "fetching schema id 1 at " + closedPort + " failed after 4 attempts, last: ")
        .hasMessageContaining("ConnectException");
  }

  @Test
  void shouldReportAnUnknownSchemaIdAsUndecodable() {
    assertThatThrownBy(() -> client.schemaById(99))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessage("unknown schema id 99");
    assertThat(registry.requests("GET", "/schemas/ids/99")).isEqualTo(1);
  }

  @Test
  void shouldTreatA404WithoutSchemaNotFoundCodeAsAWrongBaseUrl() {
    SchemaRegistryClient wrongRoot =
        new SchemaRegistryClient(
            RegistryClientSettings.of(URI.create(registry.baseUrl() + "/nowhere")));

    assertThatThrownBy(() -> wrongRoot.schemaById(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("HTTP 404")
        .hasMessageContaining("Confluent-compatible API root");
  }

  @Test
  void shouldRefuseAnIncompatibleSchemaWithTheSubjectStatusAndRegistryMessage() {
    registry.answerNext(
        1, 409, "{\"error_code\":409,\"message\":\"Schema being registered is incompatible\"}");

    assertThatThrownBy(() -> client.register("readings-value", READING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "registering schema io.meterflow.contracts.MeterReading under subject"
                + " 'readings-value' at "
                + registry.baseUrl()
                + " was refused: HTTP 409 (error_code 409): Schema being registered is"
                + " incompatible; the schema is not compatible with the versions already"
                + " registered");
    assertThat(registry.requests("POST", "/subjects/readings-value/versions")).isEqualTo(1);
  }

  @Test
  void shouldRefuseUnauthorizedWithoutRetrying() {
    registry.answerNext(1, 401, "{\"error_code\":401,\"message\":\"Unauthorized\"}");

    assertThatThrownBy(() -> client.schemaById(5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "HTTP 401 (error_code 401): Unauthorized; check the registry credentials");
    assertThat(registry.requests("GET", "/schemas/ids/5")).isEqualTo(1);
  }

  @Test
  void shouldReportASchemaThatDoesNotParseAsUndecodable() {
    registry.answerNext(1, 200, "{\"schema\":\"{\\\"type\\\":\\\"nonsense\\\"}\"}");

    assertThatThrownBy(() -> client.schemaById(3))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessageStartingWith("schema id 3 is not a valid Avro schema: ");
  }

  @Test
  void shouldReportANonAvroSchemaAsUndecodable() {
    registry.answerNext(
        1, 200, "{\"schema\":\"syntax = \\\"proto3\\\";\",\"schemaType\":\"PROTOBUF\"}");

    assertThatThrownBy(() -> client.schemaById(4))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessage("schema id 4 is a PROTOBUF schema, not Avro");
  }

  @Test
  void shouldSendBasicAuthOnEveryRequest() throws Exception {
    int id = registry.preRegister(READING);
    SchemaRegistryClient authenticated =
        new SchemaRegistryClient(settings().withBasicAuth("meterflow", "s3cret"));

    authenticated.register("readings-value", DeviceInfo.getClassSchema());
    authenticated.schemaById(id);

    assertThat(registry.authorizations())
        .containsExactly("Basic bWV0ZXJmbG93OnMzY3JldA==", "Basic bWV0ZXJmbG93OnMzY3JldA==");
  }

  @Test
  void shouldNameAMissingTruststoreClearly() {
    Path missing = Path.of("target", "no-such-truststore.p12");

    assertThatThrownBy(
            () ->
                new SchemaRegistryClient(settings().withTruststore(missing, "changeit", "PKCS12")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "cannot load the registry truststore " + missing + " of type PKCS12: ");
  }
}
