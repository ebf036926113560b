package io.meterflow.normalizer.testing;

import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.time.ReadingTimestamp;

/**
 * A parsed reading with plausible defaults (an import energy index of the default meter in kWh, at
 * a time with an offset), as a Web API line would give it.
 */
public final class ParsedReadingBuilder {

  private RawPayload source = NormalizerFixtures.json("{}");
  private String tenant = NormalizerFixtures.TENANT;
  private String meterId = NormalizerFixtures.METER;
  private String registerCode = "1-0:1.8.0";
  private Double value = 1234.5;
  private String unit = "kWh";
  private ReadingTimestamp timestamp = ReadingTimestamp.parseIso("2024-06-01T10:00:00+02:00");
  private String timezone;
  private String[] statusCodes = {};
  private String readingType;
  private String sourceSystem = "acme-portal";

  public static ParsedReadingBuilder parsed() {
    return new ParsedReadingBuilder();
  }

  public ParsedReadingBuilder source(RawPayload source) {
    this.source = source;
    return this;
  }

  public ParsedReadingBuilder tenant(String tenant) {
    this.tenant = tenant;
    return this;
  }

  public ParsedReadingBuilder meterId(String meterId) {
    this.meterId = meterId;
    return this;
  }

  public ParsedReadingBuilder register(String registerCode) {
    this.registerCode = registerCode;
    return this;
  }

  public ParsedReadingBuilder value(Double value, String unit) {
    this.value = value;
    this.unit = unit;
    return this;
  }

  /** An ISO-8601 timestamp, with or without an offset. */
  public ParsedReadingBuilder at(String timestamp) {
    this.timestamp = ReadingTimestamp.parseIso(timestamp);
    return this;
  }

  public ParsedReadingBuilder timezone(String timezone) {
    this.timezone = timezone;
    return this;
  }

  public ParsedReadingBuilder status(String... statusCodes) {
    this.statusCodes = statusCodes;
    return this;
  }

  public ParsedReadingBuilder readingType(String readingType) {
    this.readingType = readingType;
    return this;
  }

  public ParsedReadingBuilder sourceSystem(String sourceSystem) {
    this.sourceSystem = sourceSystem;
    return this;
  }

  public ParsedReading build() {
    return new ParsedReading(
        source,
        tenant,
        meterId,
        registerCode,
        value,
        unit,
        timestamp,
        timezone,
        statusCodes,
        readingType,
        sourceSystem);
  }
}
