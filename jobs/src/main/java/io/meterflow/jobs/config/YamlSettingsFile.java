package io.meterflow.jobs.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a YAML configuration file into flat dotted keys: nested maps join their keys with dots
 * ({@code cassandra: {tls: {enabled: true}}} is {@code cassandra.tls.enabled=true}), keys may
 * already hold dots ({@code kafka: {bootstrap.servers: ...}}), and lists of plain values become
 * comma-separated values ({@code contact-points: [a:9042, b:9042]}).
 */
final class YamlSettingsFile {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private YamlSettingsFile() {}

  static Map<String, String> read(Path file) {
    if (!Files.isReadable(file)) {
      throw new ConfigException(
          "--config " + file + " names no readable file: fix the path or create the file.");
    }
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      // Only the location: the parser's own message may quote the offending text, a secret maybe.
      JsonLocation at = e.getLocation();
      throw new ConfigException(
          "--config "
              + file
              + " is not valid YAML"
              + (at == null ? "" : " near line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": fix the syntax there.");
    } catch (IOException e) {
      throw new ConfigException(
          "--config " + file + " cannot be read (" + e.getClass().getSimpleName() + ").");
    }
    Map<String, String> settings = new LinkedHashMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return settings;
    }
    if (!root.isObject()) {
      throw new ConfigException(
          "--config " + file + " must hold a map of settings, e.g. 'cassandra: {keyspace: x}'.");
    }
    List<String> problems = new ArrayList<>();
    flatten("", root, settings, problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems.stream().map(p -> p + " (in " + file + ")").toList());
    }
    return settings;
  }

  private static void flatten(
      String prefix, JsonNode node, Map<String, String> into, List<String> problems) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = prefix + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        flatten(key + ".", value, into, problems);
      } else if (value.isArray()) {
        list(value)
            .ifPresentOrElse(
                text -> into.put(key, text),
                () ->
                    problems.add(key + " must be a value or a list of values, not a list of maps"));
      } else if (!value.isNull()) {
        into.put(key, value.asText());
      }
    }
  }

  private static Optional<String> list(JsonNode array) {
    List<String> items = new ArrayList<>();
    for (JsonNode item : array) {
      if (!item.isValueNode()) {
        return Optional.empty();
      }
      items.add(item.asText());
    }
    return Optional.of(String.join(",", items));
  }
}
