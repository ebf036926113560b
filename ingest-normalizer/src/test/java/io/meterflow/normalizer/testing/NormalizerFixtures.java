package io.meterflow.normalizer.testing;

import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.RejectedRecord;
import io.meterflow.contracts.SourceFormat;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.normalizer.csv.CsvColumns;
import io.meterflow.normalizer.csv.CsvProfile;
import io.meterflow.normalizer.raw.RawPayload;
import java.time.Instant;
import java.util.List;

/** Named instants, topics and builders of raw payloads, so each test states only its scenario. */
public final class NormalizerFixtures {

  public static final String TENANT = ContractFixtures.TENANT;
  public static final String METER = ContractFixtures.METER;
  public static final String HEAD_END_TOPIC = "meter.readings.headend";
  public static final String JSON_TOPIC = "meter.readings.webapi";
  public static final String HEAD_END = "acme-head-end";

  /** When the payloads of the tests arrive: after every reading time the tests use. */
  public static final Instant INGEST = Instant.parse("2024-11-01T12:00:00Z");

  /**
   * Hourly heat readings of a German utility: a header, decimal comma, local time without a zone,
   * and one row per meter and register with its unit: {@code Zeit;Zähler;OBIS;Wert;Einheit}.
   */
  public static final CsvProfile STADTWERK =
      new CsvProfile(
          "stadtwerk",
          ';',
          true,
          new CsvColumns(1, 0, 3, 2, 4, null),
          "dd.MM.yyyy HH:mm",
          null,
          null,
          null,
          ',',
          null,
          "stadtwerk-nord");

  private NormalizerFixtures() {}

  /**
   * The reject of the line {@code {}} at offset 0 of the JSON topic, the source of the parsed
   * readings of {@link ParsedReadingBuilder}.
   */
  public static RejectedRecord rejectedJson(RejectReason reason, String detail) {
    return RejectedRecord.newBuilder()
        .setTenant(TENANT)
        .setSourceSystem(JSON_TOPIC)
        .setSourceFormat(SourceFormat.WEB_API_JSON)
        .setSourceLocation(JSON_TOPIC + "-0@0")
        .setReason(reason)
        .setDetail(detail)
        .setOriginalBytes(null)
        .setOriginalText("{}")
        .setIngestTime(INGEST)
        .build();
  }

  /** A Web API JSON line at offset 0 of partition 0. */
  public static RawPayload json(String line) {
    return json(0, line);
  }

  public static RawPayload json(long offset, String line) {
    return RawPayload.webApiJson(JSON_TOPIC, 0, offset, line, INGEST);
  }

  /** A head-end message at offset 0 of partition 0. */
  public static RawPayload headEnd(byte[] message) {
    return headEnd(0, message);
  }

  public static RawPayload headEnd(long offset, byte[] message) {
    return RawPayload.headEnd(HEAD_END_TOPIC, 0, offset, message, INGEST);
  }

  /** A row of a CSV file named after its profile. */
  public static RawPayload csv(String profile, long line, String row) {
    return RawPayload.csvRow(profile, profile + ".csv", line, row, INGEST);
  }

  /** An import energy index of the default meter in kWh, at a time with an offset. */
  public static HeadEndReading.Builder headEndReading() {
    return HeadEndReading.newBuilder()
        .setTenant(TENANT)
        .setDeviceId(METER)
        .setRegisterCode("1-0:1.8.0")
        .setValue(1234.5)
        .setUnit("kWh")
        .setTimestamp("2024-06-01T10:00:00+02:00")
        .setStatusCodes(List.of())
        .setReadingType(null)
        .setSourceSystem(HEAD_END);
  }
}
