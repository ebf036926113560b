package io.meterflow.jobs.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterflow.contracts.ConsumptionAggregate;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.RegisterMappingUpdate;
import io.meterflow.contracts.RejectedRecord;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.jobs.config.RegistrySettings;
import io.meterflow.jobs.config.TopicSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.avro.Schema;

/**
 * Registers the value schema of every Avro topic under its TopicNameStrategy subject ({@code
 * <topic>-value}) and sets the subject's compatibility to BACKWARD (Apicurio starts at NONE).
 * Registering a schema the subject already has returns its id again, so this is idempotent.
 */
final class SchemaSetup {

  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RegistrySettings registry;
  private final TopicSettings topics;
  private final Consumer<String> report;

  SchemaSetup(RegistrySettings registry, TopicSettings topics, Consumer<String> report) {
    this.registry = registry;
    this.topics = topics;
    this.report = report;
  }

  /** The value schema of each topic that carries Avro (the JSON topic carries none). */
  static Map<String, Schema> valueSchemas(TopicSettings topics) {
    Map<String, Schema> schemas = new LinkedHashMap<>();
    schemas.put(topics.headEnd(), HeadEndReading.getClassSchema());
    schemas.put(topics.devices(), DeviceInfo.getClassSchema());
    schemas.put(topics.normalized(), MeterReading.getClassSchema());
    schemas.put(topics.rejected(), RejectedRecord.getClassSchema());
    schemas.put(topics.late(), MeterReading.getClassSchema());
    schemas.put(topics.intervals(), IntervalConsumption.getClassSchema());
    schemas.put(topics.aggregates(), ConsumptionAggregate.getClassSchema());
    schemas.put(topics.alarms(), MeterAlarm.getClassSchema());
    schemas.put(topics.registerMappings(), RegisterMappingUpdate.getClassSchema());
    return schemas;
  }

  void apply() throws IOException, InterruptedException {
    HttpClient client = client();
    for (Map.Entry<String, Schema> topic : valueSchemas(topics).entrySet()) {
      String subject = topic.getKey() + "-value";
      String path = "/subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8);
      JsonNode registered =
          send(
              client,
              path + "/versions",
              "POST",
              JSON.createObjectNode().put("schema", topic.getValue().toString()));
      send(
          client,
          "/config/" + URLEncoder.encode(subject, StandardCharsets.UTF_8),
          "PUT",
          JSON.createObjectNode().put("compatibility", "BACKWARD"));
      report.accept(
          "schema "
              + subject
              + ": registered (id "
              + registered.path("id").asText()
              + ", BACKWARD)");
    }
  }

  private JsonNode send(HttpClient client, String path, String method, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(registry.url() + path))
            .timeout(TIMEOUT)
            .header("Content-Type", CONTENT_TYPE)
            .header("Accept", CONTENT_TYPE)
            .method(
                method,
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    if (registry.basicAuthUser().isPresent() && registry.basicAuthPassword().isPresent()) {
      String credentials =
          registry.basicAuthUser().get() + ":" + registry.basicAuthPassword().get().reveal();
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() / 100 != 2) {
      throw new IOException(
          "The schema registry at "
              + registry.url()
              + " answered "
              + method
              + " "
              + path
              + " with HTTP "
              + response.statusCode()
              + ": "
              + response.body()
              + " (check registry.url: it must be the Confluent-compatible API, e.g."
              + " .../apis/ccompat/v7 for Apicurio)");
    }
    return JSON.readTree(response.body());
  }

  private HttpClient client() throws IOException {
    HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(TIMEOUT);
    if (registry.truststore().isPresent()) {
      client.sslContext(sslContext());
    }
    return client.build();
  }

  private SSLContext sslContext() throws IOException {
    try (InputStream in = Files.newInputStream(registry.truststore().orElseThrow())) {
      KeyStore truststore = KeyStore.getInstance(registry.truststoreType());
      truststore.load(
          in,
          registry.truststorePassword().map(secret -> secret.reveal().toCharArray()).orElse(null));
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(truststore);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IOException(
          "registry.tls.truststore.path "
              + registry.truststore().orElseThrow()
              + " cannot be used ("
              + e.getMessage()
              + "): check registry.tls.truststore.type and its password",
          e);
    }
  }
}
