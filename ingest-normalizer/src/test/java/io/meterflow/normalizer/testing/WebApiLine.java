package io.meterflow.normalizer.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/**
 * A Web API JSON line with plausible defaults (an import energy index of the default meter), whose
 * fields a test overrides or removes.
 */
public final class WebApiLine {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode node = JSON.createObjectNode();

  private WebApiLine() {}

  public static WebApiLine reading() {
    WebApiLine line = new WebApiLine();
    line.node
        .put("tenant", NormalizerFixtures.TENANT)
        .put("deviceId", NormalizerFixtures.METER)
        .put("register", "1-0:1.8.0")
        .put("value", 1234.5)
        .put("unit", "kWh")
        .put("timestamp", "2024-06-01T10:00:00+02:00")
        .put("source", "acme-portal");
    return line;
  }

  public WebApiLine with(String field, String value) {
    node.put(field, value);
    return this;
  }

  public WebApiLine with(String field, double value) {
    node.put(field, value);
    return this;
  }

  public WebApiLine withStatus(String... codes) {
    node.putArray("status").addAll(Arrays.stream(codes).map(node::textNode).toList());
    return this;
  }

  public WebApiLine without(String field) {
    node.remove(field);
    return this;
  }

  public String json() {
    return node.toString();
  }
}
