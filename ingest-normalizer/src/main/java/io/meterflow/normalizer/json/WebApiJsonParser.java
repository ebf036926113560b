package io.meterflow.normalizer.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.meterflow.contracts.RejectReason;
import io.meterflow.normalizer.raw.FieldRules;
import io.meterflow.normalizer.raw.NumberText;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.time.Timestamps;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the JSON lines of the Web API, one reading per line:
 *
 * <pre>{@code
 * {"tenant": "tenant-a", "deviceId": "meter-1", "register": "1-0:1.8.0",
 *  "value": 1234.5, "unit": "kWh", "timestamp": "2024-03-31T02:30:00+02:00",
 *  "timezone": "Europe/Madrid", "status": ["LOW_BATTERY"], "readingType": "cumulative",
 *  "source": "acme-portal"}
 * }</pre>
 *
 * <ul>
 *   <li>required: tenant, deviceId, register, timestamp; value and unit too, except for meter
 *       events (register METER_EVENT, which carry status codes);
 *   <li>value: a JSON number or a numeric string ("1234.5"); NaN and Infinity are accepted by the
 *       parser so that they are rejected as NON_FINITE_VALUE rather than as unparseable;
 *   <li>timestamp: ISO-8601 with an offset or Z, or local time; timezone (optional) names the zone
 *       of a local time, otherwise it is the meter's;
 *   <li>status: an array of status codes (a single string is accepted too);
 *   <li>readingType (optional): cumulative, interval, instant or event; default from the register;
 *   <li>source (optional): the API client; default the topic;
 *   <li>other fields are ignored, so senders can add fields without breaking the normalizer.
 * </ul>
 */
public final class WebApiJsonParser implements Serializable {

  private static final long serialVersionUID = 1L;

  // Immutable and thread-safe once built.
  private static final ObjectReader READER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build()
          .readerFor(JsonNode.class);

  private final FieldRules rules;

  public WebApiJsonParser(FieldRules rules) {
    this.rules = rules;
  }

  public ParsedReading parse(RawPayload payload) throws RejectedInput {
    JsonNode root = read(payload.text());
    String tenant = rules.identifier("tenant", text(root, "tenant"));
    try {
      String source = rules.optional("source", text(root, "source"));
      return new ParsedReading(
          payload,
          tenant,
          rules.identifier("deviceId", text(root, "deviceId")),
          rules.required("register", text(root, "register")),
          value(root),
          rules.optional("unit", text(root, "unit")),
          Timestamps.iso("timestamp", rules.required("timestamp", text(root, "timestamp"))),
          rules.optional("timezone", text(root, "timezone")),
          rules.codes("status", texts(root, "status")),
          rules.optional("readingType", text(root, "readingType")),
          source == null ? payload.sourceSystem() : source);
    } catch (RejectedInput rejected) {
      throw rejected.forTenant(tenant);
    }
  }

  private static JsonNode read(String line) throws RejectedInput {
    if (line.isBlank()) {
      throw new RejectedInput(RejectReason.UNPARSEABLE, "The line is empty.");
    }
    JsonNode root;
    try {
      root = READER.readValue(line);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new RejectedInput(
          RejectReason.UNPARSEABLE,
          "The line is not valid JSON"
              + (at == null ? "" : " (column " + at.getColumnNr() + ")")
              + ": "
              + e.getOriginalMessage());
    }
    if (!root.isObject()) {
      throw new RejectedInput(
          RejectReason.UNPARSEABLE,
          "A Web API reading is a JSON object, but the line holds a JSON "
              + root.getNodeType().name().toLowerCase(Locale.ROOT)
              + ".");
    }
    return root;
  }

  /** A string field; null when absent or null. */
  private static String text(JsonNode root, String field) throws RejectedInput {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw RejectedInput.invalid(field, node.toString(), "expected a string.");
    }
    return node.textValue();
  }

  private List<String> texts(JsonNode root, String field) throws RejectedInput {
    JsonNode node = root.get(field);
    List<String> texts = new ArrayList<>();
    if (node == null || node.isNull()) {
      return texts;
    }
    if (node.isTextual()) {
      texts.add(node.textValue());
      return texts;
    }
    if (!node.isArray()) {
      throw RejectedInput.invalid(field, node.toString(), "expected an array of strings.");
    }
    for (JsonNode element : node) {
      if (!element.isTextual()) {
        throw RejectedInput.invalid(field, node.toString(), "expected an array of strings.");
      }
      texts.add(element.textValue());
    }
    return texts;
  }

  private Double value(JsonNode root) throws RejectedInput {
    JsonNode node = root.get("value");
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      return FieldRules.finite("value", node.doubleValue());
    }
    if (node.isTextual()) {
      String text = rules.optional("value", node.textValue());
      return text == null ? null : NumberText.parse("value", text, '.');
    }
    throw RejectedInput.invalid("value", node.toString(), "expected a number or a numeric string.");
  }
}
