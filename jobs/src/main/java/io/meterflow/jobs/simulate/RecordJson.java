package io.meterflow.jobs.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * JSON lines of the simulator's files: Avro records with the schema's field names, enums by name
 * and timestamps as ISO-8601 strings (as the backfill writes its outputs), and the ground truth.
 */
final class RecordJson {

  private final ObjectMapper mapper = new ObjectMapper();

  String avro(GenericRecord record) {
    return write(fields(record));
  }

  String fault(InjectedFault fault) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("type", fault.type().name());
    line.put("alarm", fault.type().alarm());
    line.put("tenant", fault.tenant());
    line.put("meterId", fault.meterId());
    line.put("areaId", fault.areaId());
    line.put("start", fault.start().toString());
    line.put("end", fault.end().toString());
    line.put("parameters", fault.parameters());
    return write(line);
  }

  private static Map<String, Object> fields(GenericRecord record) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Schema.Field field : record.getSchema().getFields()) {
      fields.put(field.name(), plain(record.get(field.pos())));
    }
    return fields;
  }

  private static Object plain(Object value) {
    if (value instanceof GenericRecord nested) {
      return fields(nested);
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>(list.size());
      list.forEach(item -> items.add(plain(item)));
      return items;
    }
    if (value instanceof Instant || value instanceof CharSequence || value instanceof Enum<?>) {
      return value.toString();
    }
    return value;
  }

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write a JSON line for " + value, e);
    }
  }
}
