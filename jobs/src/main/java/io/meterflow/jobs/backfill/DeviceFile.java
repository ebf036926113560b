package io.meterflow.jobs.backfill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.ids.RecordKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --devices} file: one {@link DeviceInfo} per line as a JSON object, field names as in
 * the Avro schema, times as ISO-8601 instants ({@code {"tenant": "daiad", "meterId": "m-1",
 * "commodity": "WATER", "timezone": "Europe/Madrid", "updatedTime": "2024-01-01T00:00:00Z"}}).
 *
 * <p>Read whole and checked before the job starts: master data is small next to the readings, and
 * one wrong line would misplace every reading of its meter, so it stops the backfill with the line
 * named rather than being rejected. A backfill applies the master data as it is now to all of the
 * history, so of several versions of a meter the latest (highest updatedTime) is kept.
 */
final class DeviceFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DeviceFile() {}

  static List<DeviceInfo> read(Path file) throws IOException {
    Map<String, DeviceInfo> latest = new LinkedHashMap<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          DeviceInfo device = parse(file, number, line);
          latest.merge(
              RecordKeys.meter(device.getTenant(), device.getMeterId()),
              device,
              (kept, next) -> next.getUpdatedTime().isBefore(kept.getUpdatedTime()) ? kept : next);
        }
      }
    }
    return new ArrayList<>(latest.values());
  }

  private static DeviceInfo parse(Path file, int number, String line) {
    try {
      return AvroJsonReader.read(
          JSON.readTree(line), DeviceInfo.getClassSchema(), DeviceInfo.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          file + ":" + number + " is not a JSON object: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          file
              + ":"
              + number
              + ": "
              + e.getMessage()
              + " (expected: one DeviceInfo per line, field names as in DeviceInfo.avsc)",
          e);
    }
  }
}
