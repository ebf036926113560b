package io.meterflow.jobs.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Reads one JSON object of the form {@link AvroJsonLines} writes back into a generated Avro class:
 * field names as in the schema, timestamp-millis as ISO-8601 strings, enums as names, nullable
 * fields as plain values. A missing field takes its schema default; a field without one, an unknown
 * enum symbol or a value of the wrong type is an {@link IllegalArgumentException} naming the field.
 */
final class AvroJsonReader {

  private AvroJsonReader() {}

  static <T extends SpecificRecord> T read(JsonNode json, Schema schema, Class<T> type) {
    return type.cast(value(schema, json, schema.getName()));
  }

  private static Object value(Schema schema, JsonNode json, String path) {
    if (json == null || json.isNull()) {
      if (schema.getType() == Schema.Type.NULL || isNullable(schema)) {
        return null;
      }
      throw new IllegalArgumentException(path + " must not be null");
    }
    return switch (schema.getType()) {
      case RECORD -> record(schema, json, path);
      case UNION -> value(nonNullBranch(schema, path), json, path);
      case ARRAY -> array(schema.getElementType(), json, path);
      case MAP -> map(schema.getValueType(), json, path);
      case ENUM -> symbol(schema, json, path);
      case STRING -> expect(json.isTextual(), json.asText(), path, "a string");
      case INT ->
          expect(
              json.canConvertToInt() && json.isIntegralNumber(),
              json.intValue(),
              path,
              "an integer");
      case LONG -> timestampOrLong(schema, json, path);
      case FLOAT -> expect(json.isNumber(), json.floatValue(), path, "a number");
      case DOUBLE -> expect(json.isNumber(), json.doubleValue(), path, "a number");
      case BOOLEAN -> expect(json.isBoolean(), json.booleanValue(), path, "true or false");
      case NULL -> null;
      case BYTES, FIXED ->
          throw new IllegalArgumentException(path + ": binary fields are not read");
    };
  }

  private static Object record(Schema schema, JsonNode json, String path) {
    if (!json.isObject()) {
      throw new IllegalArgumentException(path + " must be an object");
    }
    SpecificRecord record = (SpecificRecord) SpecificData.get().newRecord(null, schema);
    for (Schema.Field field : schema.getFields()) {
      JsonNode fieldJson = json.get(field.name());
      String fieldPath = path + "." + field.name();
      if (fieldJson == null) {
        if (!field.hasDefaultValue()) {
          throw new IllegalArgumentException(fieldPath + " is missing");
        }
        record.put(field.pos(), SpecificData.get().getDefaultValue(field));
      } else {
        record.put(field.pos(), value(field.schema(), fieldJson, fieldPath));
      }
    }
    return record;
  }

  private static List<Object> array(Schema elementType, JsonNode json, String path) {
    if (!json.isArray()) {
      throw new IllegalArgumentException(path + " must be an array");
    }
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < json.size(); i++) {
      values.add(value(elementType, json.get(i), path + "[" + i + "]"));
    }
    return values;
  }

  private static Map<String, Object> map(Schema valueType, JsonNode json, String path) {
    if (!json.isObject()) {
      throw new IllegalArgumentException(path + " must be an object");
    }
    Map<String, Object> values = new HashMap<>();
    json.properties()
        .forEach(
            entry ->
                values.put(
                    entry.getKey(),
                    value(valueType, entry.getValue(), path + "." + entry.getKey())));
    return values;
  }

  private static Object symbol(Schema schema, JsonNode json, String path) {
    if (!json.isTextual() || !schema.hasEnumSymbol(json.asText())) {
      throw new IllegalArgumentException(
          path + " must be one of " + schema.getEnumSymbols() + ", not " + json);
    }
    return SpecificData.get().createEnum(json.asText(), schema);
  }

  private static Object timestampOrLong(Schema schema, JsonNode json, String path) {
    if (!(schema.getLogicalType() instanceof LogicalTypes.TimestampMillis)) {
      return expect(
          json.canConvertToLong() && json.isIntegralNumber(), json.longValue(), path, "an integer");
    }
    try {
      return Instant.parse(expect(json.isTextual(), json.asText(), path, "an ISO-8601 instant"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          path + " must be an ISO-8601 instant such as 2024-03-01T00:00:00Z, not " + json, e);
    }
  }

  private static boolean isNullable(Schema schema) {
    return schema.getType() == Schema.Type.UNION
        && schema.getTypes().stream().anyMatch(type -> type.getType() == Schema.Type.NULL);
  }

  private static Schema nonNullBranch(Schema union, String path) {
    List<Schema> nonNull =
        union.getTypes().stream().filter(type -> type.getType() != Schema.Type.NULL).toList();
    if (nonNull.size() != 1) {
      throw new IllegalArgumentException(path + ": unions of several types are not read");
    }
    return nonNull.get(0);
  }

  private static <V> V expect(boolean matches, V value, String path, String what) {
    if (!matches) {
      throw new IllegalArgumentException(path + " must be " + what);
    }
    return value;
  }
}
