package io.meterflow.jobs.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.util.List;
import java.util.Map;

/** JSON schema validation of YAML trees: the chart's values.schema.json and the operator's CRD. */
final class JsonSchemas {

  private static final String PRESERVE_UNKNOWN_FIELDS = "x-kubernetes-preserve-unknown-fields";

  private JsonSchemas() {}

  /** A draft-07 schema, as Helm validates values with. */
  static JsonSchema draft7(JsonNode schema) {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
  }

  /**
   * A custom resource's openAPIV3Schema (OpenAPI 3.0 dialect), made strict as the API server's
   * strict field validation is: an object schema that lists its properties and neither declares
   * additionalProperties nor preserves unknown fields rejects any other field, so a misspelt field
   * fails here instead of being pruned silently. The apiVersion, kind and metadata that every
   * object has (the API server checks metadata itself) are added to the root.
   */
  static JsonSchema customResourceStrict(JsonNode openApiV3Schema) {
    ObjectNode strict = openApiV3Schema.deepCopy();
    ObjectNode root = (ObjectNode) strict.path("properties");
    root.putObject("apiVersion").put("type", "string");
    root.putObject("kind").put("type", "string");
    root.putObject("metadata").put("type", "object").put(PRESERVE_UNKNOWN_FIELDS, true);
    closeObjects(strict);
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V4,
            builder ->
                builder
                    .metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    return factory.getSchema(strict);
  }

  /** The problems of a document, one line each, ordered. */
  static List<String> problems(JsonSchema schema, JsonNode document) {
    return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static void closeObjects(JsonNode schema) {
    if (schema instanceof ObjectNode object) {
      if (object.has("properties")
          && !object.has("additionalProperties")
          && !object.path(PRESERVE_UNKNOWN_FIELDS).asBoolean(false)) {
        object.put("additionalProperties", false);
      }
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        closeObjects(field.getValue());
      }
    } else if (schema instanceof ArrayNode array) {
      array.forEach(JsonSchemas::closeObjects);
    }
  }
}
