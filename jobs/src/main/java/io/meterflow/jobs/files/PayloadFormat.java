package io.meterflow.jobs.files;

import io.meterflow.contracts.SourceFormat;
import io.meterflow.normalizer.csv.CsvProfiles;
import io.meterflow.normalizer.raw.RawPayload;
import java.io.Serializable;
import java.time.Instant;

/**
 * The {@code --format} of the backfill's input: {@value #WEB_API_JSON}, {@value #HEAD_END_AVRO}, or
 * the name of a CSV profile (built-in such as {@code daiad-csv}, or from {@code --profiles}).
 *
 * @param sourceFormat the normalizer's parser for the payloads
 * @param csvProfile the CSV profile's name; null for the other formats
 */
public record PayloadFormat(SourceFormat sourceFormat, String csvProfile) implements Serializable {

  public static final String WEB_API_JSON = "webapi-json";
  public static final String HEAD_END_AVRO = "headend-avro";

  public static PayloadFormat of(String name, CsvProfiles profiles) {
    return switch (name) {
      case WEB_API_JSON -> new PayloadFormat(SourceFormat.WEB_API_JSON, null);
      case HEAD_END_AVRO -> new PayloadFormat(SourceFormat.HEAD_END_AVRO, null);
      default -> {
        if (profiles.find(name).isEmpty()) {
          throw new IllegalArgumentException(
              "unknown --format '"
                  + name
                  + "': expected "
                  + WEB_API_JSON
                  + ", "
                  + HEAD_END_AVRO
                  + " or a CSV profile ("
                  + profiles.names()
                  + "; more with --profiles FILE)");
        }
        yield new PayloadFormat(SourceFormat.CSV_FILE, name);
      }
    };
  }

  /** Line {@code number} (1-based) of a text file, as the normalizer's input. */
  RawPayload textLine(String file, long number, String line, Instant ingestTime) {
    return sourceFormat == SourceFormat.CSV_FILE
        ? RawPayload.csvRow(csvProfile, file, number, line, ingestTime)
        : new RawPayload(sourceFormat, file, file + ":" + number, null, 0, null, line, ingestTime);
  }
}
