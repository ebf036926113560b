package io.meterflow.jobs.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Per alarm type, the episodes raised and the meters (or areas) they were raised on, read back from
 * the alarms folder of a finished backfill for its summary.
 */
final class AlarmTally {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Integer> raised = new TreeMap<>();
  private final Map<String, Set<String>> subjects = new TreeMap<>();

  static AlarmTally of(Path alarmsFolder) throws IOException {
    AlarmTally tally = new AlarmTally();
    try (Stream<Path> files = JsonLineFiles.in(alarmsFolder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          String line;
          while ((line = lines.readLine()) != null) {
            tally.add(JSON.readTree(line));
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return tally;
  }

  private void add(JsonNode alarm) {
    if (!"RAISED".equals(alarm.path("status").asText())) {
      return;
    }
    String type = alarm.path("type").asText();
    raised.merge(type, 1, Integer::sum);
    String subject =
        alarm.path("tenant").asText()
            + "/"
            + (alarm.path("meterId").isNull()
                ? "area " + alarm.path("areaId").asText()
                : alarm.path("meterId").asText());
    subjects.computeIfAbsent(type, t -> new HashSet<>()).add(subject);
  }

  /** Episodes raised, by alarm type. */
  Map<String, Integer> raised() {
    return raised;
  }

  /** Distinct meters or areas raised on, by alarm type. */
  Map<String, Integer> subjects() {
    Map<String, Integer> counts = new TreeMap<>();
    subjects.forEach((type, set) -> counts.put(type, set.size()));
    return counts;
  }
}
