package io.meterflow.normalizer.raw;

import io.meterflow.contracts.SourceFormat;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One record as it entered the suite, before any parsing: a head-end Avro message, a Web API JSON
 * line or a CSV row. The sources in jobs/ wrap what they read into this type; the normalizer never
 * reads a topic or a file itself.
 *
 * @param format the input format, which selects the parser
 * @param sourceSystem where the record came from: a topic or a file
 * @param location where exactly: {@code topic-partition@offset} or {@code file:line}
 * @param csvProfile name of the CSV profile of a CSV row; null for other formats
 * @param lineNumber 1-based line of a CSV row within its file; 0 for other formats
 * @param bytes the payload of a binary format (head-end Avro); null for text formats
 * @param text the payload of a text format (a JSON line, a CSV row); null for binary formats
 * @param ingestTime when the suite received the record. Sources should take it from the input (the
 *     Kafka record timestamp, the file's discovery time) rather than the clock, so a replay yields
 *     the same readings and the same future-time checks.
 */
public record RawPayload(
    SourceFormat format,
    String sourceSystem,
    String location,
    String csvProfile,
    long lineNumber,
    byte[] bytes,
    String text,
    Instant ingestTime)
    implements Serializable {

  public RawPayload {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sourceSystem, "sourceSystem");
    Objects.requireNonNull(ingestTime, "ingestTime");
    if ((bytes == null) == (text == null)) {
      throw new IllegalArgumentException("A raw payload holds either bytes or text, not both");
    }
  }

  /** A message of the head-end topic, in the Confluent wire format. */
  public static RawPayload headEnd(
      String topic, int partition, long offset, byte[] message, Instant ingestTime) {
    return kafka(SourceFormat.HEAD_END_AVRO, topic, partition, offset, message, null, ingestTime);
  }

  /** A line of the Web API JSON topic. */
  public static RawPayload webApiJson(
      String topic, int partition, long offset, String line, Instant ingestTime) {
    return kafka(SourceFormat.WEB_API_JSON, topic, partition, offset, null, line, ingestTime);
  }

  /** A row of a CSV file, read with the named profile. */
  public static RawPayload csvRow(
      String profile, String file, long lineNumber, String row, Instant ingestTime) {
    return new RawPayload(
        SourceFormat.CSV_FILE,
        file,
        file + ":" + lineNumber,
        profile,
        lineNumber,
        null,
        row,
        ingestTime);
  }

  private static RawPayload kafka(
      SourceFormat format,
      String topic,
      int partition,
      long offset,
      byte[] bytes,
      String text,
      Instant ingestTime) {
    String location = topic + "-" + partition + "@" + offset;
    return new RawPayload(format, topic, location, null, 0, bytes, text, ingestTime);
  }
}
