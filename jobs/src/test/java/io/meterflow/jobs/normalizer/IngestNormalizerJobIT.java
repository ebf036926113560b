package io.meterflow.jobs.normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.RegisterMappingEntry;
import io.meterflow.contracts.RegisterMappingUpdate;
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
import io.meterflow.jobs.testing.TestClusters;
import io.meterflow.jobs.testing.TopicRecords;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest-normalizer job against the real broker and registry: good and bad records of all three
 * formats (head-end Avro on its topic, Web API JSON lines on theirs, a CSV file dropped in the
 * watched directory) give exactly the expected readings and rejects; a register mapping sent while
 * the job runs changes the readings of later records only.
 */
@ExtendWith(RealServicesExtension.class)
class IngestNormalizerJobIT {

  private static final String TENANT = "tenant-a";
  private static final String VENDOR_CODE = "VOL-X";
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.withSlots(2);

  @TempDir Path csvDrops;

  @Test
  void shouldNormalizeAndRejectExactlyAndApplyAMappingUpdateToLaterRecordsOnly(
      ServiceEndpoints services) throws Exception {
    SuiteUnderTest suite =
        SuiteUnderTest.setUp(
            services,
            "normalizer-it",
            "job.normalizer.csv.dir=" + csvDrops.toUri(),
            "job.normalizer.csv.profile=daiad-csv",
            "job.normalizer.csv.discovery-interval=1s");
    MeterflowConfig config = suite.config();
    TopicSettings topics = config.topics();
    TopicRecords kafka = new TopicRecords(services);
    RegistryClientSettings registry = RegistryClientSettings.of(URI.create(services.registryUrl()));
    byte[] goodHeadEnd =
        ConfluentAvroFormats.serializer(HeadEndReading.class, topics.headEnd(), registry)
            .serialize(headEnd("m-1", "1-0:1.8.0", 1234.5, "kWh", "2024-06-01T10:00:00+02:00"));

    // Parallelism 1: a mapping seen by one subtask is then in force for every later record.
    try (RunningJob job = RunningJob.start(new IngestNormalizerJob(), config, 0, 1)) {
      kafka.sendAvro(
          topics.headEnd(),
          HeadEndReading.class,
          HeadEndReading::getDeviceId,
          List.of(
              headEnd("m-1", "1-0:2.8.0", 1.2355, "MWh", "2024-06-01T10:15:00+02:00"),
              headEnd("w-1", "8-0:1.0.0", 12345, "L", "2024-06-01T08:00:00Z")));
      kafka.sendRaw(
          topics.headEnd(),
          List.of(
              goodHeadEnd,
              "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8),
              withSchemaId(goodHeadEnd, 987_654_321),
              Arrays.copyOf(goodHeadEnd, goodHeadEnd.length - 3)));
      kafka.sendRaw(
          topics.json(),
          lines(
              json("w-2", "8-0:1.0.0", "5.5", "m3", "2024-06-01T10:00:00Z"),
              "{\"tenant\": \"tenant-a\", \"deviceId\": ",
              json("w-2", "8-0:1.0.0", "NaN", "m3", "2024-06-01T11:00:00Z"),
              json("w-3", VENDOR_CODE, "1.5", "m3", "2024-06-01T09:00:00Z")));
      // Written under a hidden name, then renamed: the source never sees a half-written file.
      Path hidden =
          Files.writeString(
              csvDrops.resolve(".drop-1.csv"),
              "meter;timestamp;index\n"
                  + "SWM-1;01/06/2024 10:00:00;123.456\n"
                  + "SWM-1;not a time;123.457\n");
      Files.move(hidden, csvDrops.resolve("drop-1.csv"), StandardCopyOption.ATOMIC_MOVE);

      // 5 readings (3 head-end, 1 JSON, 1 CSV) and 7 rejects; the CSV header is skipped.
      awaitOutcomes(kafka, topics, 12);

      kafka.sendAvro(
          topics.registerMappings(),
          RegisterMappingUpdate.class,
          RegisterMappingUpdate::getTenant,
          List.of(volumeMapping()));
      int probes = probeUntilTheMappingIsInForce(kafka, topics, 12);
      kafka.sendRaw(
          topics.json(), lines(json("w-3", VENDOR_CODE, "2.5", "m3", "2024-06-01T12:00:00Z")));

      int expected = 12 + probes + 1;
      awaitOutcomes(kafka, topics, expected);
      List<MeterReading> readings = kafka.committedSoFar(topics.normalized(), MeterReading.class);
      List<RejectedRecord> rejects = kafka.committedSoFar(topics.rejected(), RejectedRecord.class);

      assertThat(readings.stream().filter(r -> !r.getMeterId().equals("probe")))
          .extracting(
              MeterReading::getMeterId,
              MeterReading::getRegister,
              MeterReading::getValue,
              MeterReading::getReadingTime)
          .containsExactlyInAnyOrder(
              tuple("m-1", Register.ELECTRICITY_IMPORT_ENERGY, 1234.5, at("2024-06-01T08:00:00Z")),
              tuple("m-1", Register.ELECTRICITY_EXPORT_ENERGY, 1235.5, at("2024-06-01T08:15:00Z")),
              tuple("w-1", Register.WATER_VOLUME, 12.345, at("2024-06-01T08:00:00Z")),
              tuple("w-2", Register.WATER_VOLUME, 5.5, at("2024-06-01T10:00:00Z")),
              tuple("SWM-1", Register.WATER_VOLUME, 0.123456, at("2024-06-01T08:00:00Z")),
              // Sent after the mapping was in force: mapped; the earlier one stays rejected.
              tuple("w-3", Register.WATER_VOLUME, 2.5, at("2024-06-01T12:00:00Z")));
      assertThat(rejects.stream().filter(r -> !isProbe(r)))
          .extracting(RejectedRecord::getReason)
          .containsExactlyInAnyOrder(
              RejectReason.BAD_MAGIC_BYTE,
              RejectReason.UNKNOWN_SCHEMA_ID,
              RejectReason.UNPARSEABLE,
              RejectReason.UNPARSEABLE,
              RejectReason.NON_FINITE_VALUE,
              RejectReason.UNKNOWN_REGISTER,
              RejectReason.INVALID_FIELD);
      assertThat(readings.size() + rejects.size()).as("each record once").isEqualTo(expected);
      assertThat(job.client().getJobStatus().get().isGloballyTerminalState()).isFalse();
    }
  }

  /**
   * Sends one probe at a time, each awaited, until one is mapped: from then on the mapping is in
   * force. Returns how many probes it sent (the rejected ones came before the mapping arrived).
   */
  private static int probeUntilTheMappingIsInForce(
      TopicRecords kafka, TopicSettings topics, int outcomesBefore) {
    for (int probe = 1; probe <= 60; probe++) {
      kafka.sendRaw(
          topics.json(),
          lines(json("probe", VENDOR_CODE, String.valueOf(probe), "m3", "2024-06-01T00:00:00Z")));
      awaitOutcomes(kafka, topics, outcomesBefore + probe);
      if (!kafka.committedSoFar(topics.normalized(), MeterReading.class).stream()
          .filter(r -> r.getMeterId().equals("probe"))
          .toList()
          .isEmpty()) {
        return probe;
      }
    }
    throw new AssertionError("The register mapping was not in force after 60 probes");
  }

  private static void awaitOutcomes(TopicRecords kafka, TopicSettings topics, int expected) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    int outcomes = 0;
    while (System.nanoTime() < deadline) {
      outcomes =
          kafka.committedSoFar(topics.normalized(), MeterReading.class).size()
              + kafka.committedSoFar(topics.rejected(), RejectedRecord.class).size();
      if (outcomes >= expected) {
        return;
      }
    }
    throw new AssertionError(
        "Only "
            + outcomes
            + " of "
            + expected
            + " records normalized or rejected after "
            + TIMEOUT);
  }

  private static boolean isProbe(RejectedRecord reject) {
    return reject.getOriginalText() != null && reject.getOriginalText().contains("\"probe\"");
  }

  private static RegisterMappingUpdate volumeMapping() {
    return RegisterMappingUpdate.newBuilder()
        .setTenant(TENANT)
        .setVersion(1)
        .setEntries(
            List.of(
                RegisterMappingEntry.newBuilder()
                    .setCode(VENDOR_CODE)
                    .setRegister(Register.WATER_VOLUME)
                    .setKind(ReadingKind.CUMULATIVE)
                    .build()))
        .build();
  }

  private static HeadEndReading headEnd(
      String meter, String code, double value, String unit, String timestamp) {
    return HeadEndReading.newBuilder()
        .setTenant(TENANT)
        .setDeviceId(meter)
        .setRegisterCode(code)
        .setValue(value)
        .setUnit(unit)
        .setTimestamp(timestamp)
        .setStatusCodes(List.of())
        .setReadingType(null)
        .setSourceSystem("acme-head-end")
        .build();
  }

  private static String json(
      String meter, String register, String value, String unit, String time) {
    return String.format(
        "{\"tenant\": \"%s\", \"deviceId\": \"%s\", \"register\": \"%s\", \"value\": %s,"
            + " \"unit\": \"%s\", \"timestamp\": \"%s\"}",
        TENANT, meter, register, value, unit, time);
  }

  private static List<byte[]> lines(String... lines) {
    return Arrays.stream(lines).map(line -> line.getBytes(StandardCharsets.UTF_8)).toList();
  }

  private static byte[] withSchemaId(byte[] message, int schemaId) {
    byte[] copy = message.clone();
    java.nio.ByteBuffer.wrap(copy, 1, 4).putInt(schemaId);
    return copy;
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
