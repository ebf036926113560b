package io.meterflow.contracts.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * Consumers upgraded to the current schemas must still read what producers of the released schemas
 * wrote (BACKWARD, the registry's compatibility level for every subject).
 */
class SchemaCompatibilityTest {

  private static final Map<String, Schema> CURRENT =
      AvroContractFiles.parse(AvroContractFiles.CURRENT);
  private static final Map<String, Schema> RELEASED =
      AvroContractFiles.parse(AvroContractFiles.RELEASED_V1);

  @Test
  void shouldReadEveryReleasedSchemaWithItsCurrentVersion() {
    List<String> breaks = new ArrayList<>();
    RELEASED.forEach(
        (path, released) -> {
          Schema current = CURRENT.get(path);
          if (current == null) {
            breaks.add(path + ": released schema was removed");
          } else {
            backwardIncompatibilities(current, released)
                .forEach(incompatibility -> breaks.add(path + ": " + incompatibility));
          }
        });

    assertThat(RELEASED).hasSize(15);
    assertThat(breaks).isEmpty();
  }

  @Test
  void shouldCatchANewFieldWithoutDefault() {
    Schema released = RELEASED.get("MeterReading.avsc");
    Schema broken = withExtraField(CURRENT.get("MeterReading.avsc"), "firmware", null);

    assertThat(backwardIncompatibilities(broken, released))
        .containsExactly("READER_FIELD_MISSING_DEFAULT_VALUE at /fields/12: firmware");
  }

  @Test
  void shouldAcceptANewFieldWithDefault() {
    Schema released = RELEASED.get("MeterReading.avsc");
    Schema evolved = withExtraField(CURRENT.get("MeterReading.avsc"), "firmware", "unknown");

    assertThat(backwardIncompatibilities(evolved, released)).isEmpty();
  }

  private static List<String> backwardIncompatibilities(Schema current, Schema released) {
    SchemaCompatibility.SchemaPairCompatibility result =
        SchemaCompatibility.checkReaderWriterCompatibility(current, released);
    if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
      return List.of();
    }
    return result.getResult().getIncompatibilities().stream()
        .map(i -> i.getType() + " at " + i.getLocation() + ": " + i.getMessage())
        .collect(Collectors.toList());
  }

  private static Schema withExtraField(Schema record, String name, Object defaultValue) {
    List<Schema.Field> fields = new ArrayList<>();
    record.getFields().forEach(field -> fields.add(new Schema.Field(field, field.schema())));
    fields.add(
        new Schema.Field(
            name, Schema.create(Schema.Type.STRING), "A field added later.", defaultValue));
    return Schema.createRecord(
        record.getName(), record.getDoc(), record.getNamespace(), false, fields);
  }
}
