package io.meterflow.normalizer.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.meterflow.contracts.ReadingKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads user-defined CSV profiles from a YAML file: a map from profile name to its settings.
 *
 * <pre>{@code
 * acme-hourly:
 *   delimiter: ","              # default ","
 *   header: true                # default false
 *   columns: {meterId: 0, timestamp: 1, value: 2, unit: 3}   # 0-based; register, unit and
 *                                                              # tenant columns are optional
 *   timestampPattern: "dd.MM.yyyy HH:mm"   # default ISO (ISO-8601, offset optional)
 *   zone: Europe/Berlin         # zone of times without offset; default: the meter's zone
 *   unit: kWh                   # unless a column holds it
 *   register: "1-0:1.8.0"       # unless a column holds it
 *   decimalSeparator: ","       # default "."
 *   kind: cumulative            # default: the register's usual kind
 *   tenant: acme                # unless a column holds it
 * }</pre>
 *
 * Mistakes are reported with the file, profile and key at fault, before the job starts.
 */
public final class CsvProfileFile {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> KEYS =
      Set.of(
          "delimiter",
          "header",
          "columns",
          "timestampPattern",
          "zone",
          "unit",
          "register",
          "decimalSeparator",
          "kind",
          "tenant");
  private static final Set<String> COLUMNS =
      Set.of("meterId", "timestamp", "value", "register", "unit", "tenant");

  private CsvProfileFile() {}

  public static List<CsvProfile> read(Path file) {
    String yaml;
    try {
      yaml = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "CSV profile file " + file + " cannot be read: check the path and its permissions", e);
    }
    return parse(file.toString(), yaml);
  }

  /**
   * @param origin the file name, for messages
   */
  public static List<CsvProfile> parse(String origin, String yaml) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "CSV profile file " + origin + " is not valid YAML: " + e.getOriginalMessage(), e);
    }
    List<CsvProfile> profiles = new ArrayList<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return profiles;
    }
    if (!root.isObject()) {
      throw new IllegalArgumentException(
          "CSV profile file " + origin + " must map profile names to their settings");
    }
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      try {
        profiles.add(profile(entry.getKey(), entry.getValue()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("CSV profile file " + origin + ": " + e.getMessage(), e);
      }
    }
    return profiles;
  }

  private static CsvProfile profile(String name, JsonNode settings) {
    CsvColumns columns;
    ReadingKind kind;
    try {
      checkKeys(settings, KEYS, "settings");
      columns = columns(settings.path("columns"));
      String kindName = text(settings, "kind", null);
      kind = kindName == null ? null : kind(kindName);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("CSV profile '" + name + "': " + e.getMessage(), e);
    }
    // The profile checks the rest itself, naming itself in its messages.
    return new CsvProfile(
        name,
        character(name, settings, "delimiter", ','),
        settings.path("header").asBoolean(false),
        columns,
        text(settings, "timestampPattern", CsvProfile.ISO),
        text(settings, "zone", null),
        text(settings, "unit", null),
        text(settings, "register", null),
        character(name, settings, "decimalSeparator", '.'),
        kind,
        text(settings, "tenant", null));
  }

  private static CsvColumns columns(JsonNode columns) {
    if (!columns.isObject()) {
      throw new IllegalArgumentException(
          "'columns' must map meterId, timestamp and value to 0-based column indexes");
    }
    checkKeys(columns, COLUMNS, "columns");
    return new CsvColumns(
        requiredColumn(columns, "meterId"),
        requiredColumn(columns, "timestamp"),
        requiredColumn(columns, "value"),
        column(columns, "register"),
        column(columns, "unit"),
        column(columns, "tenant"));
  }

  private static void checkKeys(JsonNode node, Set<String> known, String what) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("the " + what + " must be a map");
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = entry.getKey();
      if (!known.contains(key)) {
        throw new IllegalArgumentException(
            "unknown key '" + key + "' in the " + what + "; known keys: " + new TreeSet<>(known));
      }
    }
  }

  private static String text(JsonNode settings, String key, String absent) {
    JsonNode node = settings.get(key);
    if (node == null || node.isNull()) {
      return absent;
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private static char character(String profile, JsonNode settings, String key, char absent) {
    String text = text(settings, key, null);
    if (text == null) {
      return absent;
    }
    if (text.length() != 1) {
      throw new IllegalArgumentException(
          "CSV profile '"
              + profile
              + "': "
              + key
              + " must be one character, e.g. \";\" or \"\\t\", not '"
              + text
              + "'.");
    }
    return text.charAt(0);
  }

  private static int requiredColumn(JsonNode columns, String key) {
    Integer column = column(columns, key);
    if (column == null) {
      throw new IllegalArgumentException("'columns' needs '" + key + "'");
    }
    return column;
  }

  private static Integer column(JsonNode columns, String key) {
    JsonNode node = columns.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber()) {
      throw new IllegalArgumentException(
          "column '" + key + "' must be a 0-based column index, not " + node);
    }
    return node.intValue();
  }

  private static ReadingKind kind(String kind) {
    try {
      return ReadingKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'kind' must be cumulative, interval, instant or event, not '" + kind + "'", e);
    }
  }
}
