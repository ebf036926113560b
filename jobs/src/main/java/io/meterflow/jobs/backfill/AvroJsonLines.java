package io.meterflow.jobs.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * Avro records as JSON lines for people and tools: one object per record, field names as in the
 * schema, timestamp-millis as ISO-8601 strings, enums as their names, maps as objects (keys sorted,
 * so equal records give equal lines), bytes as base64 and a nullable field's value without Avro's
 * union wrapper ({@code "areaId": "dma-7"}, not {@code {"string": "dma-7"}}).
 */
public final class AvroJsonLines {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AvroJsonLines() {}

  /** The record as one line of JSON, without the line break. */
  public static String encode(IndexedRecord record) {
    try {
      return JSON.writeValueAsString(node(record.getSchema(), record));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // A tree of plain nodes always serializes; this would be a bug in this class.
      throw new IllegalStateException("Cannot write a JSON tree", e);
    }
  }

  private static JsonNode node(Schema schema, Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    return switch (schema.getType()) {
      case RECORD -> record((IndexedRecord) value);
      case UNION -> node(branch(schema, value), value);
      case ARRAY -> array(schema.getElementType(), (Collection<?>) value);
      case MAP -> map(schema.getValueType(), (Map<?, ?>) value);
      case ENUM, STRING -> NODES.textNode(value.toString());
      case BYTES -> NODES.textNode(base64((ByteBuffer) value));
      case FIXED ->
          NODES.textNode(Base64.getEncoder().encodeToString(((GenericFixed) value).bytes()));
      case INT -> NODES.numberNode(((Number) value).intValue());
      case LONG -> timestampOrLong(schema, value);
      case FLOAT -> NODES.numberNode(((Number) value).floatValue());
      case DOUBLE -> NODES.numberNode(((Number) value).doubleValue());
      case BOOLEAN -> NODES.booleanNode((Boolean) value);
      case NULL -> NODES.nullNode();
    };
  }

  private static ObjectNode record(IndexedRecord record) {
    ObjectNode object = NODES.objectNode();
    for (Schema.Field field : record.getSchema().getFields()) {
      object.set(field.name(), node(field.schema(), record.get(field.pos())));
    }
    return object;
  }

  /** The branch of a union that a non-null value takes: the only non-null one, in our schemas. */
  private static Schema branch(Schema union, Object value) {
    List<Schema> nonNull =
        union.getTypes().stream().filter(type -> type.getType() != Schema.Type.NULL).toList();
    if (nonNull.size() == 1) {
      return nonNull.get(0);
    }
    return union.getTypes().get(GenericData.get().resolveUnion(union, value));
  }

  private static ArrayNode array(Schema elementType, Collection<?> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(element -> array.add(node(elementType, element)));
    return array;
  }

  private static ObjectNode map(Schema valueType, Map<?, ?> values) {
    ObjectNode object = NODES.objectNode();
    Map<String, Object> sorted = new TreeMap<>();
    values.forEach((key, value) -> sorted.put(key.toString(), value));
    sorted.forEach((key, value) -> object.set(key, node(valueType, value)));
    return object;
  }

  private static JsonNode timestampOrLong(Schema schema, Object value) {
    if (value instanceof Instant instant) {
      return NODES.textNode(instant.toString());
    }
    long number = ((Number) value).longValue();
    return schema.getLogicalType() instanceof LogicalTypes.TimestampMillis
        ? NODES.textNode(Instant.ofEpochMilli(number).toString())
        : NODES.numberNode(number);
  }

  private static String base64(ByteBuffer bytes) {
    ByteBuffer view = bytes.duplicate();
    byte[] copy = new byte[view.remaining()];
    view.get(copy);
    return Base64.getEncoder().encodeToString(copy);
  }
}
