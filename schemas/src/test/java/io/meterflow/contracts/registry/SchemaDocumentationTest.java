package io.meterflow.contracts.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The .avsc files are the contract users read: every field says what it means. */
class SchemaDocumentationTest {

  @Test
  void shouldDocumentEveryFieldOfEveryRecord() {
    List<String> undocumented = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    AvroContractFiles.parse(AvroContractFiles.CURRENT)
        .values()
        .forEach(schema -> collectUndocumented(schema, visited, undocumented));

    assertThat(visited).contains("io.meterflow.contracts.MeterReading");
    assertThat(undocumented).as("record fields without a doc").isEmpty();
  }

  @Test
  void shouldListUndocumentedFieldsOfNestedRecords() {
    Schema schema =
        new Schema.Parser()
            .parse(
                "{\"type\":\"record\",\"name\":\"Outer\",\"fields\":["
                    + "{\"name\":\"documented\",\"type\":\"int\",\"doc\":\"A count.\"},"
                    + "{\"name\":\"blank\",\"type\":\"int\",\"doc\":\" \"},"
                    + "{\"name\":\"inner\",\"doc\":\"Nested.\",\"type\":[\"null\","
                    + "{\"type\":\"record\",\"name\":\"Inner\",\"fields\":["
                    + "{\"name\":\"bare\",\"type\":\"string\"}]}]}]}");
    List<String> undocumented = new ArrayList<>();

    collectUndocumented(schema, new HashSet<>(), undocumented);

    assertThat(undocumented).containsExactly("Outer.blank", "Inner.bare");
  }

  private static void collectUndocumented(
      Schema schema, Set<String> visited, List<String> undocumented) {
    switch (schema.getType()) {
      case RECORD -> {
        if (visited.add(schema.getFullName())) {
          for (Schema.Field field : schema.getFields()) {
            if (field.doc() == null || field.doc().isBlank()) {
              undocumented.add(schema.getFullName() + "." + field.name());
            }
            collectUndocumented(field.schema(), visited, undocumented);
          }
        }
      }
      case UNION -> schema.getTypes().forEach(t -> collectUndocumented(t, visited, undocumented));
      case ARRAY -> collectUndocumented(schema.getElementType(), visited, undocumented);
      case MAP -> collectUndocumented(schema.getValueType(), visited, undocumented);
      default -> {
        // Primitives, enums and fixed types have no fields.
      }
    }
  }
}
