package io.meterflow.jobs.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterflow.contracts.AlarmType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The alarm faults of the simulator's {@code ground-truth.jsonl}; data faults (duplicates, late
 * readings, ...) are left out, as they must raise no alarm. An OUTAGE whose cause is an AREA_OUTAGE
 * stays an OUTAGE of its meter: each meter of the area reports its own power failure.
 */
public final class GroundTruth {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GroundTruth() {}

  public static List<InjectedAlarm> read(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines
          .filter(line -> !line.isBlank())
          .map(GroundTruth::parse)
          .flatMap(Stream::ofNullable)
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The alarm fault of one line, or null for a data fault. */
  static InjectedAlarm parse(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("Not a ground-truth line: " + line, e);
    }
    if (!node.path("alarm").asBoolean(false)) {
      return null;
    }
    return new InjectedAlarm(
        AlarmType.valueOf(node.get("type").asText()),
        node.get("tenant").asText(),
        text(node, "meterId"),
        text(node, "areaId"),
        Instant.parse(node.get("start").asText()),
        Instant.parse(node.get("end").asText()));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
