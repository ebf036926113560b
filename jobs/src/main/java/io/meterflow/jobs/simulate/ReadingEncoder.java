package io.meterflow.jobs.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterflow.contracts.input.HeadEndReading;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a reading the way each channel carries it: head-end Avro with UTC times, Web API JSON with
 * the meter's local offset, CSV rows in local time without an offset (as utilities' file drops have
 * them, which is what makes the DST change matter).
 */
final class ReadingEncoder {

  /** The CSV profile of the simulator's files, for the normalizer's profile file. */
  static final String CSV_PROFILE_NAME = "meterflow-sim-csv";

  static final String CSV_PROFILES_YAML =
      CSV_PROFILE_NAME
          + ":\n"
          + "  delimiter: \",\"\n"
          + "  header: true\n"
          + "  columns: {tenant: 0, meterId: 1, timestamp: 2, value: 3, unit: 4, register: 5}\n"
          + "  timestampPattern: \"yyyy-MM-dd HH:mm:ss\"\n";

  static final String CSV_HEADER = "tenant,meterId,timestamp,value,unit,register";

  private static final DateTimeFormatter CSV_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter CSV_DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

  private final ObjectMapper json = new ObjectMapper();

  HeadEndReading headEnd(SimulatedReading reading) {
    return HeadEndReading.newBuilder()
        .setTenant(reading.meter().tenant())
        .setDeviceId(reading.meter().meterId())
        .setRegisterCode(reading.registerCode())
        .setValue(reading.value())
        .setUnit(reading.unit())
        .setTimestamp(reading.time().toString())
        .setStatusCodes(reading.statusCodes())
        .setReadingType(reading.kind() == SimulatedReading.Kind.EVENT ? "event" : null)
        .setSourceSystem(reading.meter().dialect().sourceSystem())
        .build();
  }

  String webApiJson(SimulatedReading reading) {
    return webApiJson(
        reading, reading.time().atZone(reading.meter().zone()).toOffsetDateTime().toString());
  }

  /** The JSON line with the timestamp as given, so that corrupt ones can be written too. */
  String webApiJson(SimulatedReading reading, Object timestamp) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("tenant", reading.meter().tenant());
    line.put("deviceId", reading.meter().meterId());
    line.put("register", reading.registerCode());
    if (reading.kind() == SimulatedReading.Kind.EVENT) {
      line.put("readingType", "event");
    } else {
      line.put("value", Double.isFinite(reading.value()) ? reading.value() : "NaN");
      line.put("unit", reading.unit());
    }
    line.put("timestamp", timestamp);
    if (!reading.statusCodes().isEmpty()) {
      line.put("status", reading.statusCodes());
    }
    line.put("source", reading.meter().tenant() + "-portal");
    try {
      return json.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A reading could not be written as JSON: " + reading, e);
    }
  }

  /** The CSV file of the reading: one per tenant and local day. */
  String csvFile(SimulatedReading reading) {
    LocalDateTime local = LocalDateTime.ofInstant(reading.time(), reading.meter().zone());
    return reading.meter().tenant() + "-" + CSV_DAY.format(local) + ".csv";
  }

  String csvRow(SimulatedReading reading) {
    return csvRow(
        reading,
        CSV_TIME.format(LocalDateTime.ofInstant(reading.time(), reading.meter().zone())),
        java.math.BigDecimal.valueOf(reading.value()).toPlainString());
  }

  String csvRow(SimulatedReading reading, String localTime, String value) {
    return String.join(
        ",",
        reading.meter().tenant(),
        reading.meter().meterId(),
        localTime,
        value,
        reading.unit(),
        reading.registerCode());
  }
}
