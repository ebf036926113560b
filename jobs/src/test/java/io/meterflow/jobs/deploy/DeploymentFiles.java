package io.meterflow.jobs.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.meterflow.jobs.services.RepositoryRoot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The deployment files of the checkout (flink-conf/, helm/), read as YAML trees. */
final class DeploymentFiles {

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final Path ROOT = RepositoryRoot.locate();
  static final Path FLINK_CONF = ROOT.resolve("flink-conf");
  static final Path CHART = ROOT.resolve("helm").resolve("meterflow");
  static final Path EXAMPLES = CHART.resolve("examples");

  private DeploymentFiles() {}

  static JsonNode read(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(InputStream yaml) {
    try (yaml) {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of a multi-document YAML file. */
  static List<JsonNode> readAll(Path file) {
    try {
      return YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll().stream()
          .filter(document -> document != null && !document.isNull() && !document.isMissingNode())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> list(Path folder, String glob) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(
              file ->
                  file.getFileSystem().getPathMatcher("glob:" + glob).matches(file.getFileName()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode chartValues() {
    return read(CHART.resolve("values.yaml"));
  }

  /**
   * The values Helm computes for {@code -f example}: the chart's values.yaml with the example
   * merged over it, maps deeply, anything else replaced, and a null removing the key.
   */
  static JsonNode chartValuesWith(Path example) {
    return merge(chartValues().deepCopy(), read(example));
  }

  private static JsonNode merge(JsonNode base, JsonNode override) {
    if (!(base instanceof ObjectNode target) || !override.isObject()) {
      return override;
    }
    for (Map.Entry<String, JsonNode> field : override.properties()) {
      JsonNode value = field.getValue();
      if (value.isNull()) {
        target.remove(field.getKey());
      } else if (target.has(field.getKey())) {
        target.set(field.getKey(), merge(target.get(field.getKey()), value));
      } else {
        target.set(field.getKey(), value);
      }
    }
    return target;
  }

  /**
   * A YAML tree as Flink and meterflow read it: nested maps joined into dotted keys, lists and
   * scalars as values.
   */
  static Map<String, JsonNode> flatten(JsonNode tree) {
    Map<String, JsonNode> flat = new TreeMap<>();
    flatten("", tree, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> into) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = prefix + field.getKey();
      if (field.getValue().isObject()) {
        flatten(key + ".", field.getValue(), into);
      } else {
        into.put(key, field.getValue());
      }
    }
  }
}
