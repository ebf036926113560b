package io.meterflow.contracts.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small caching client of the Confluent Schema Registry REST API (Confluent, Apicurio's ccompat
 * API, Karapace, Redpanda): registers writer schemas and fetches schemas by id, caching both
 * directions for the life of the client. Not serializable: Flink operators create one lazily on the
 * task manager.
 *
 * <p>Failures are classified so that callers can react correctly:
 *
 * <ul>
 *   <li>transient (connection refused or reset, timeout, HTTP 5xx, HTTP 429): retried with a
 *       doubling backoff up to {@link RegistryClientSettings#maxAttempts()} attempts in all, then
 *       an {@link IOException}; the job should fail and restart from its checkpoint, never reject;
 *   <li>a definitive property of the message ({@link #schemaById} only): HTTP 404 with {@code
 *       error_code} 40403 (unknown schema id), a schema that is not Avro or does not parse: an
 *       {@link UndecodableMessageException}; the message is rejected;
 *   <li>a configuration error (any other 4xx, such as 401/403 bad credentials, 409 incompatible
 *       schema, 422 invalid schema, or a 404 without error code 40403, which means a wrong base
 *       URL): an {@link IllegalStateException} naming the request, the HTTP status and the
 *       registry's message; retrying cannot help.
 * </ul>
 *
 * <p>Credentials are sent as a basic auth header and never appear in messages or logs.
 */
public final class SchemaRegistryClient implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryClient.class);

  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final String ACCEPT =
      "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json";
  private static final int SCHEMA_NOT_FOUND = 40403;
  private static final int TOO_MANY_REQUESTS = 429;
  private static final int MAX_QUOTED_BODY = 300;

  private final RegistryClientSettings settings;
  private final String apiRoot;
  private final HttpClient http;
  private final Optional<String> authorization;
  private final ObjectMapper json = new ObjectMapper();
  private final ConcurrentMap<Integer, Schema> schemasById = new ConcurrentHashMap<>();
  private final ConcurrentMap<Registration, Integer> idsByRegistration = new ConcurrentHashMap<>();

  /** A schema under a subject; the cache key of a registration. */
  private record Registration(String subject, Schema schema) {}

  public SchemaRegistryClient(RegistryClientSettings settings) {
    this.settings = settings;
    String root = settings.baseUrl().toString();
    this.apiRoot = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(settings.requestTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL);
    settings.truststore().ifPresent(path -> builder.sslContext(trusting(path)));
    this.http = builder.build();
    this.authorization =
        settings
            .basicAuthUser()
            .map(
                user ->
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (user + ":" + settings.basicAuthPassword().orElseThrow())
                                    .getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The id of {@code schema} under {@code subject}, registering it when the registry does not have
   * it yet (registering an existing schema returns its id). Cached per subject and schema.
   *
   * @throws IOException when the registry stays unreachable or failing after all attempts
   * @throws IllegalStateException when the registry refuses the schema (e.g. 409 incompatible, 422
   *     invalid, 401/403 unauthorized)
   */
  public int register(String subject, Schema schema) throws IOException {
    Registration registration = new Registration(subject, schema);
    Integer cached = idsByRegistration.get(registration);
    if (cached != null) {
      return cached;
    }
    String action =
        "registering schema " + schema.getFullName() + " under subject '" + subject + "'";
    String body =
        json.writeValueAsString(Map.of("schema", schema.toString(), "schemaType", "AVRO"));
    HttpRequest request =
        request("/subjects/" + urlEncoded(subject) + "/versions")
            .header("Content-Type", CONTENT_TYPE)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response = exchange(request, action);
    if (response.statusCode() != 200) {
      throw refused(action, response);
    }
    JsonNode id = parse(response, action).get("id");
    if (id == null || !id.canConvertToInt()) {
      throw unexpected(action, "response has no id", response, null);
    }
    int schemaId = id.intValue();
    idsByRegistration.put(registration, schemaId);
    schemasById.putIfAbsent(schemaId, schema);
    return schemaId;
  }

  /**
   * The schema registered under {@code id}. Cached per id.
   *
   * @throws UndecodableMessageException when the registry does not know the id (404 with error code
   *     40403) or the schema is not a parseable Avro schema
   * @throws IOException when the registry stays unreachable or failing after all attempts
   * @throws IllegalStateException on other client errors (e.g. 401/403, or a 404 from a wrong base
   *     URL)
   */
  public Schema schemaById(int id) throws IOException, UndecodableMessageException {
    Schema cached = schemasById.get(id);
    if (cached != null) {
      return cached;
    }
    String action = "fetching schema id " + id;
    HttpResponse<String> response = exchange(request("/schemas/ids/" + id).GET().build(), action);
    if (response.statusCode() == 404 && errorCode(response) == SCHEMA_NOT_FOUND) {
      throw new UndecodableMessageException(
          UndecodableMessageException.Kind.UNKNOWN_SCHEMA_ID, "unknown schema id " + id);
    }
    if (response.statusCode() != 200) {
      throw refused(action, response);
    }
    JsonNode body = parse(response, action);
    String type = body.path("schemaType").asText("AVRO");
    if (!"AVRO".equals(type)) {
      throw new UndecodableMessageException(
          UndecodableMessageException.Kind.UNREADABLE,
          "schema id " + id + " is a " + type + " schema, not Avro");
    }
    JsonNode text = body.get("schema");
    if (text == null || !text.isTextual()) {
      throw unexpected(action, "response has no schema", response, null);
    }
    Schema schema;
    try {
      schema = new Schema.Parser().parse(text.textValue());
    } catch (RuntimeException e) {
      // Avro reports unparseable schemas not only as SchemaParseException: an unknown type name
      // surfaces as a NullPointerException, a bad default as an AvroTypeException.
      throw new UndecodableMessageException(
          UndecodableMessageException.Kind.UNREADABLE,
          "schema id " + id + " is not a valid Avro schema: " + e.getMessage(),
          e);
    }
    Schema raced = schemasById.putIfAbsent(id, schema);
    return raced == null ? schema : raced;
  }

  /** Forgets the caches; the JDK 17 HTTP client has no resources to release explicitly. */
  @Override
  public void close() {
    schemasById.clear();
    idsByRegistration.clear();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(apiRoot + path))
            .timeout(settings.requestTimeout())
            .header("Accept", ACCEPT);
    authorization.ifPresent(value -> builder.header("Authorization", value));
    return builder;
  }

  /** Sends {@code request}, retrying transient failures; returns the first non-transient answer. */
  private HttpResponse<String> exchange(HttpRequest request, String action) throws IOException {
    for (int attempt = 1; ; attempt++) {
      String failure;
      IOException cause = null;
      try {
        HttpResponse<String> response =
            http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (!isTransient(response.statusCode())) {
          return response;
        }
        failure = "HTTP " + response.statusCode() + " " + registryMessage(response);
      } catch (IOException e) {
        failure =
            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        cause = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException(action + " was interrupted");
      }
      if (attempt >= settings.maxAttempts()) {
        throw new IOException(
            action
                + " at "
                + settings.redactedBaseUrl()
                + " failed after "
                + attempt
                + " attempts, last: "
                + failure,
            cause);
      }
      Duration backoff = settings.backoffAfter(attempt);
      LOG.warn(
          "{} at {} failed (attempt {} of {}): {}; retrying in {} ms",
          action,
          settings.redactedBaseUrl(),
          attempt,
          settings.maxAttempts(),
          failure,
          backoff.toMillis());
      pause(backoff, action);
    }
  }

  private static boolean isTransient(int status) {
    return status >= 500 || status == TOO_MANY_REQUESTS;
  }

  private static void pause(Duration backoff, String action) throws InterruptedIOException {
    try {
      Thread.sleep(backoff.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(action + " was interrupted");
    }
  }

  private IllegalStateException refused(String action, HttpResponse<String> response) {
    String hint =
        switch (response.statusCode()) {
          case 401, 403 -> "; check the registry credentials and their permissions";
          case 404 ->
              "; check that the base URL is the Confluent-compatible API root"
                  + " (for Apicurio: .../apis/ccompat/v7)";
          case 409 -> "; the schema is not compatible with the versions already registered";
          default -> "";
        };
    return new IllegalStateException(
        action
            + " at "
            + settings.redactedBaseUrl()
            + " was refused: HTTP "
            + response.statusCode()
            + " "
            + registryMessage(response)
            + hint);
  }

  private JsonNode parse(HttpResponse<String> response, String action) {
    try {
      return json.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw unexpected(action, "response is not JSON", response, e);
    }
  }

  /** A 200 answer that is not what the Confluent API promises: a wrong URL or a proxy. */
  private IllegalStateException unexpected(
      String action, String problem, HttpResponse<String> response, Exception cause) {
    return new IllegalStateException(
        action + " at " + settings.redactedBaseUrl() + ": " + problem + ": " + quoted(response),
        cause);
  }

  private int errorCode(HttpResponse<String> response) {
    try {
      return json.readTree(response.body()).path("error_code").asInt(-1);
    } catch (JsonProcessingException e) {
      return -1;
    }
  }

  /** The registry's own message when it sent one in the Confluent error format, else the body. */
  private String registryMessage(HttpResponse<String> response) {
    try {
      JsonNode error = json.readTree(response.body());
      if (error != null && error.hasNonNull("message")) {
        return "(error_code "
            + error.path("error_code").asInt(-1)
            + "): "
            + error.get("message").asText();
      }
    } catch (JsonProcessingException e) {
      // Not the Confluent error format (e.g. a proxy's HTML page): quote the body instead.
    }
    return quoted(response);
  }

  private static String quoted(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body().strip();
    return "'"
        + (body.length() > MAX_QUOTED_BODY ? body.substring(0, MAX_QUOTED_BODY) + "..." : body)
        + "'";
  }

  private static String urlEncoded(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private SSLContext trusting(Path truststore) {
    try (InputStream in = Files.newInputStream(truststore)) {
      KeyStore store = KeyStore.getInstance(settings.truststoreType());
      store.load(in, settings.truststorePassword().map(String::toCharArray).orElse(null));
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot load the registry truststore "
              + truststore
              + " of type "
              + settings.truststoreType()
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
