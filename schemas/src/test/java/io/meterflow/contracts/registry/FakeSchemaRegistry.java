package io.meterflow.contracts.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * An in-process Confluent-compatible registry on 127.0.0.1 speaking the two calls the client makes,
 * counting requests, recording authorization headers, and answering scripted statuses first when
 * told to.
 */
final class FakeSchemaRegistry implements AutoCloseable {

  static final String API_ROOT = "/apis/ccompat/v7";

  private final HttpServer server;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Integer> idsBySchema = new ConcurrentHashMap<>();
  private final Map<Integer, String> schemasById = new ConcurrentHashMap<>();
  private final Map<String, Integer> requestCounts = new ConcurrentHashMap<>();
  private final List<String> authorizations = new ArrayList<>();
  private final Deque<Answer> scripted = new ArrayDeque<>();

  private record Answer(int status, String body) {}

  FakeSchemaRegistry() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(API_ROOT, this::handle);
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + API_ROOT);
  }

  /** Registers {@code schema} directly, as another producer would have; returns its id. */
  synchronized int preRegister(Schema schema) {
    return idOf(schema.toString());
  }

  /** The next {@code times} requests are answered with {@code status} and {@code body}. */
  synchronized void answerNext(int times, int status, String body) {
    for (int i = 0; i < times; i++) {
      scripted.add(new Answer(status, body));
    }
  }

  /** How many requests came for {@code method} and path (below the API root). */
  int requests(String method, String path) {
    return requestCounts.getOrDefault(method + " " + path, 0);
  }

  synchronized List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath().substring(API_ROOT.length());
      requestCounts.merge(exchange.getRequestMethod() + " " + path, 1, Integer::sum);
      Answer answer = answer(exchange, path);
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private synchronized Answer answer(HttpExchange exchange, String path) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null) {
      authorizations.add(authorization);
    }
    if (!scripted.isEmpty()) {
      return scripted.poll();
    }
    if ("POST".equals(exchange.getRequestMethod()) && path.matches("/subjects/[^/]+/versions")) {
      JsonNode request = json.readTree(exchange.getRequestBody());
      return new Answer(200, "{\"id\":" + idOf(request.get("schema").asText()) + "}");
    }
    if ("GET".equals(exchange.getRequestMethod()) && path.matches("/schemas/ids/\\d+")) {
      String schema = schemasById.get(Integer.parseInt(path.substring("/schemas/ids/".length())));
      return schema == null
          ? new Answer(404, "{\"error_code\":40403,\"message\":\"Schema not found\"}")
          : new Answer(200, json.writeValueAsString(Map.of("schema", schema)));
    }
    return new Answer(404, "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}");
  }

  private int idOf(String schema) {
    return idsBySchema.computeIfAbsent(
        schema,
        text -> {
          int id = schemasById.size() + 1;
          schemasById.put(id, text);
          return id;
        });
  }
}
