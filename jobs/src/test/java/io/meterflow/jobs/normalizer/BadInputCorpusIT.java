package io.meterflow.jobs.normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.RejectedRecord;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.contracts.registry.ConfluentAvroFormats;
import io.meterflow.contracts.registry.RegistryClientSettings;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.config.TopicSettings;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.testing.RealServicesExtension;
import io.meterflow.jobs.testing.RunningJob;
import io.meterflow.jobs.testing.SuiteUnderTest;
import io.meterflow.jobs.testing.TopicRecords;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A corpus of malformed input, each kind sent to the running ingest-normalizer job on the real
 * broker and registry: every record is rejected to the dead-letter topic with its own reason, none
 * stops the job, and a good record sent after all of them is still normalized.
 */
@ExtendWith(RealServicesExtension.class)
class BadInputCorpusIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final String GOOD_LINE =
      "{\"tenant\": \"tenant-a\", \"deviceId\": \"w-ok\", \"register\": \"8-0:1.0.0\","
          + " \"value\": 42.5, \"unit\": \"m3\", \"timestamp\": \"2024-06-01T10:00:00Z\"}";

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @Test
  void shouldRejectEveryKindOfMalformedRecordWithItsReasonAndKeepNormalizing(
      ServiceEndpoints services) throws Exception {
    SuiteUnderTest suite = SuiteUnderTest.setUp(services, "bad-input-it");
    MeterflowConfig config = suite.config();
    TopicSettings topics = config.topics();
    TopicRecords kafka = new TopicRecords(services);
    RegistryClientSettings registry = RegistryClientSettings.of(URI.create(services.registryUrl()));
    byte[] avro =
        ConfluentAvroFormats.serializer(HeadEndReading.class, topics.headEnd(), registry)
            .serialize(headEnd(1234.5));
    byte[] nanAvro =
        ConfluentAvroFormats.serializer(HeadEndReading.class, topics.headEnd(), registry)
            .serialize(headEnd(Double.NaN));

    Map<byte[], RejectReason> binary = new LinkedHashMap<>();
    binary.put(Arrays.copyOf(avro, avro.length / 2), RejectReason.UNPARSEABLE);
    binary.put(withByte(avro, 0, (byte) 7), RejectReason.BAD_MAGIC_BYTE);
    binary.put(withSchemaId(avro, 987_654_321), RejectReason.UNKNOWN_SCHEMA_ID);
    binary.put(nanAvro, RejectReason.NON_FINITE_VALUE);
    // The wire-format header of a known schema, and nothing after it.
    binary.put(Arrays.copyOf(avro, 5), RejectReason.UNPARSEABLE);

    Map<String, RejectReason> lines = new LinkedHashMap<>();
    lines.put("{\"tenant\": \"tenant-a\", \"deviceId\": ", RejectReason.UNPARSEABLE);
    lines.put("[1, 2, 3]", RejectReason.UNPARSEABLE);
    lines.put(line("\"value\": \"NaN\""), RejectReason.NON_FINITE_VALUE);
    lines.put(line("\"value\": \"-Infinity\""), RejectReason.NON_FINITE_VALUE);
    lines.put(line("\"value\": -3.5"), RejectReason.VALUE_OUT_OF_RANGE);
    lines.put(line("\"value\": 4.2e12"), RejectReason.VALUE_OUT_OF_RANGE);
    lines.put(line("\"timestamp\": \"2091-01-01T00:00:00Z\""), RejectReason.TIME_IN_FUTURE);
    lines.put(line("\"timestamp\": \"1999-12-31T23:00:00Z\""), RejectReason.TIME_BEFORE_2000);
    lines.put(line("\"register\": \"9-9:9.9.9\""), RejectReason.UNKNOWN_REGISTER);
    lines.put(line("\"unit\": \"furlong\""), RejectReason.UNKNOWN_UNIT);
    lines.put(line("\"deviceId\": \"" + "w".repeat(100_000) + "\""), RejectReason.FIELD_TOO_LONG);
    lines.put(line("\"value\": true"), RejectReason.INVALID_FIELD);
    lines.put(line("\"deviceId\": 42"), RejectReason.INVALID_FIELD);
    lines.put(line("\"value\": \"12,5\""), RejectReason.INVALID_FIELD);
    lines.put(line("\"unit\": \"kWh\""), RejectReason.INVALID_FIELD);
    lines.put(line("\"timestamp\": \"yesterday\""), RejectReason.INVALID_FIELD);
    lines.put(line("\"timestamp\": null"), RejectReason.MISSING_FIELD);
    lines.put(
        line("\"timestamp\": \"2024-06-01T10:00:00\", \"timezone\": \"Mars/Olympus_Mons\""),
        RejectReason.UNKNOWN_TIMEZONE);

    try (RunningJob job = RunningJob.start(new IngestNormalizerJob(), config, 0, 1)) {
      kafka.sendRaw(topics.headEnd(), new ArrayList<>(binary.keySet()));
      kafka.sendRaw(topics.json(), utf8(lines.keySet()));
      int corpus = binary.size() + lines.size();
      awaitRejects(kafka, topics, corpus);

      kafka.sendRaw(topics.json(), utf8(List.of(GOOD_LINE)));
      List<MeterReading> readings =
          kafka.awaitCommitted(topics.normalized(), MeterReading.class, 1, TIMEOUT);

      assertThat(readings)
          .extracting(
              MeterReading::getMeterId,
              MeterReading::getRegister,
              MeterReading::getValue,
              MeterReading::getReadingTime)
          .containsExactly(
              tuple("w-ok", Register.WATER_VOLUME, 42.5, Instant.parse("2024-06-01T10:00:00Z")));
      List<Tuple> expected = new ArrayList<>();
      binary.forEach((bytes, reason) -> expected.add(tuple(base64(bytes), reason)));
      lines.forEach((text, reason) -> expected.add(tuple(text, reason)));
      assertThat(kafka.committedSoFar(topics.rejected(), RejectedRecord.class))
          .extracting(BadInputCorpusIT::original, RejectedRecord::getReason)
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(job.client().getJobStatus().get().isGloballyTerminalState()).isFalse();
    }
  }

  /** A valid Web API line with one field replaced (or added, for fields it does not hold). */
  private static String line(String override) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("tenant", "\"tenant-a\"");
    fields.put("deviceId", "\"w-bad\"");
    fields.put("register", "\"8-0:1.0.0\"");
    fields.put("value", "12.5");
    fields.put("unit", "\"m3\"");
    fields.put("timestamp", "\"2024-06-01T09:00:00Z\"");
    for (String pair : override.split(", (?=\")")) {
      int colon = pair.indexOf("\": ");
      fields.put(pair.substring(1, colon), pair.substring(colon + 3));
    }
    StringBuilder json = new StringBuilder("{");
    fields.forEach(
        (name, value) -> {
          if (json.length() > 1) {
            json.append(", ");
          }
          json.append('"').append(name).append("\": ").append(value);
        });
    return json.append('}').toString();
  }

  private static HeadEndReading headEnd(double value) {
    return HeadEndReading.newBuilder()
        .setTenant("tenant-a")
        .setDeviceId("e-bad")
        .setRegisterCode("1-0:1.8.0")
        .setValue(value)
        .setUnit("kWh")
        .setTimestamp("2024-06-01T10:00:00+02:00")
        .setStatusCodes(List.of())
        .setReadingType(null)
        .setSourceSystem("corpus-head-end")
        .build();
  }

  /** How the test identifies a reject: its original text, or its original bytes in Base64. */
  private static String original(RejectedRecord reject) {
    if (reject.getOriginalText() != null) {
      return reject.getOriginalText();
    }
    ByteBuffer bytes = reject.getOriginalBytes().duplicate();
    byte[] copy = new byte[bytes.remaining()];
    bytes.get(copy);
    return base64(copy);
  }

  private static void awaitRejects(TopicRecords kafka, TopicSettings topics, int expected) {
    kafka.awaitCommitted(topics.rejected(), RejectedRecord.class, expected, TIMEOUT);
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static List<byte[]> utf8(Iterable<String> texts) {
    List<byte[]> values = new ArrayList<>();
    texts.forEach(text -> values.add(text.getBytes(StandardCharsets.UTF_8)));
    return values;
  }

  private static byte[] withByte(byte[] message, int index, byte value) {
    byte[] copy = message.clone();
    copy[index] = value;
    return copy;
  }

  private static byte[] withSchemaId(byte[] message, int schemaId) {
    byte[] copy = message.clone();
    ByteBuffer.wrap(copy, 1, 4).putInt(schemaId);
    return copy;
  }
}
