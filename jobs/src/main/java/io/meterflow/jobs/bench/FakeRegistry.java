package io.meterflow.jobs.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;

/**
 * An in-process schema registry on 127.0.0.1 that knows one schema as id 1, so that codec
 * benchmarks warm the client's cache once and then measure no HTTP.
 */
final class FakeRegistry implements AutoCloseable {

  static final int SCHEMA_ID = 1;

  private final HttpServer server;

  FakeRegistry(Schema schema) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String text = schema.toString();
    server.createContext(
        "/schemas/ids/" + SCHEMA_ID,
        exchange -> reply(exchange, "{\"schema\":" + quoted(text) + "}"));
    server.createContext("/subjects/", exchange -> reply(exchange, "{\"id\":" + SCHEMA_ID + "}"));
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void reply(com.sun.net.httpserver.HttpExchange exchange, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
