package io.meterflow.normalizer;

import static io.meterflow.normalizer.testing.NormalizerFixtures.INGEST;
import static io.meterflow.normalizer.testing.NormalizerFixtures.STADTWERK;
import static io.meterflow.normalizer.testing.NormalizerFixtures.csv;
import static io.meterflow.normalizer.testing.NormalizerFixtures.headEnd;
import static io.meterflow.normalizer.testing.NormalizerFixtures.headEndReading;
import static io.meterflow.normalizer.testing.NormalizerFixtures.json;
import static io.meterflow.normalizer.testing.WebApiLine.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.RegisterMappingEntry;
import io.meterflow.contracts.RegisterMappingUpdate;
import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.RejectedRecord;
import io.meterflow.contracts.SourceFormat;
import io.meterflow.contracts.ids.StableIds;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.normalizer.csv.CsvProfiles;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.testing.FakeHeadEndDecoder;
import io.meterflow.normalizer.time.TenantZones;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Metric;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole topology on a mini cluster, in BATCH mode as backfills run it (sorted inputs make the
 * device join and the broadcast mappings deterministic): good and bad records of all three formats,
 * one reject of every reason, and counters that add up.
 */
class NormalizerTopologyIntegrationTest {

  private static final InMemoryReporter REPORTER = InMemoryReporter.createWithRetainedMetrics();

  @RegisterExtension
  static final MiniClusterExtension MINI_CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setConfiguration(REPORTER.addToConfiguration(new Configuration()))
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final String WATER_METER = "water-1";
  private static final String TOO_LONG = "m".repeat(257);

  private static final List<RawPayload> PAYLOADS =
      List.of(
          headEnd(0, wire(headEndReading().setStatusCodes(List.of("TAMPER")))),
          headEnd(
              1,
              wire(
                  headEndReading()
                      .setDeviceId(WATER_METER)
                      .setRegisterCode("8-0:1.0.0")
                      .setValue(68321)
                      .setUnit("L")
                      .setTimestamp("2024-03-31T02:30:00"))),
          headEnd(2, badMagicByte()),
          headEnd(3, FakeHeadEndDecoder.encode(headEndReading().build(), 99)),
          headEnd(4, truncated()),
          headEnd(5, wire(headEndReading().setRegisterCode("1-0:1.8.1"))),
          json(
              0,
              reading()
                  .with("register", "1-0:32.7.0")
                  .with("value", "231.5")
                  .with("unit", "V")
                  .with("timestamp", "2024-10-27T02:30:00")
                  .json()),
          json(
              1,
              reading()
                  .with("register", "METER_EVENT")
                  .without("value")
                  .without("unit")
                  .withStatus("POWER_FAIL")
                  .with("timestamp", "2024-06-01T10:00:00Z")
                  .json()),
          json(2, reading().with("register", "ZAEHLER-HT").with("value", 12.5).json()),
          json(3, "{\"tenant\": \"tenant-a\", \"deviceId\": "),
          json(4, reading().json().replace("1234.5", "NaN")),
          json(5, reading().with("unit", "furlong").json()),
          json(6, reading().without("deviceId").json()),
          json(7, reading().with("deviceId", "meter|1").json()),
          json(8, reading().with("deviceId", TOO_LONG).json()),
          json(9, reading().with("timestamp", "2024-11-02T12:00:00Z").json()),
          json(10, reading().with("timestamp", "1999-12-31T23:00:00Z").json()),
          json(
              11,
              reading()
                  .with("timestamp", "2024-06-01T10:00:00")
                  .with("timezone", "Mars/Olympus")
                  .json()),
          json(12, reading().with("value", -5).json()),
          json(
              13,
              reading()
                  .with("deviceId", "meter-9")
                  .with("timestamp", "2024-06-01T10:00:00")
                  .json()),
          csv("daiad-csv", 1, "user key;datetime;meter reading;diff"),
          csv("daiad-csv", 2, "1f8730a9;01/03/2016 00:28:55;68321;10"),
          csv("daiad-csv", 3, "05be51c3;03/08/2016 08:52:19;4e+05;5"),
          csv("daiad-csv", 4, "05be51c3;03/08/2016 09:52:19;abc;5"),
          csv("stadtwerk", 1, "Zeit;Zähler;OBIS;Wert;Einheit"),
          csv("stadtwerk", 2, "31.03.2024 02:30;WMZ-0042;6-0:1.0.0;1234,5;MWh"),
          csv("stadtwerk", 3, "31.03.2024 03:30;WMZ-0042"));

  private static final List<DeviceInfo> DEVICES =
      List.of(
          ContractFixtures.electricityMeter().build(),
          ContractFixtures.waterMeter().setMeterId(WATER_METER).build());

  private static final List<RegisterMappingUpdate> MAPPINGS =
      List.of(
          highTariffMapping(1, Register.ELECTRICITY_EXPORT_ENERGY),
          highTariffMapping(2, Register.ELECTRICITY_IMPORT_ENERGY));

  @Test
  void shouldNormalizeTheGoodRecordsAndRejectTheBadOnesOfEveryFormat() throws Exception {
    Configuration config = new Configuration();
    config.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.BATCH);
    // Every type of the topology must have a Flink serializer, not the Kryo fallback.
    config.set(PipelineOptions.GENERIC_TYPES, false);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
    env.setParallelism(2);

    NormalizedStreams streams =
        NormalizerTopology.build(
            env.fromData(PAYLOADS)
                .assignTimestampsAndWatermarks(
                    WatermarkStrategy.<RawPayload>noWatermarks()
                        .withTimestampAssigner(
                            (payload, ts) -> payload.ingestTime().toEpochMilli()))
                .uid("test-payloads")
                .name("Test payloads"),
            env.fromData(DEVICES)
                .assignTimestampsAndWatermarks(
                    WatermarkStrategy.<DeviceInfo>noWatermarks()
                        .withTimestampAssigner(
                            (device, ts) -> device.getUpdatedTime().toEpochMilli()))
                .uid("test-devices")
                .name("Test devices"),
            env.fromData(MAPPINGS),
            new FakeHeadEndDecoder(),
            settings());
    List<MeterReading> normalized = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    CloseableIterator<MeterReading> readings = streams.normalized().collectAsync();
    CloseableIterator<RejectedRecord> rejects = streams.rejected().collectAsync();
    JobClient client = env.executeAsync("normalizer-integration-test");
    JobID job = client.getJobID();
    // Few records: both collect buffers hold them all, so draining one after the other is safe.
    readings.forEachRemaining(normalized::add);
    rejects.forEachRemaining(rejected::add);
    client.getJobExecutionResult().get();

    assertThat(normalized).containsExactlyInAnyOrderElementsOf(expectedReadings());
    assertThat(rejected)
        .extracting(
            RejectedRecord::getSourceLocation, RejectedRecord::getReason, RejectedRecord::getTenant)
        .containsExactlyInAnyOrder(
            tuple("meter.readings.headend-0@2", RejectReason.BAD_MAGIC_BYTE, null),
            tuple("meter.readings.headend-0@3", RejectReason.UNKNOWN_SCHEMA_ID, null),
            tuple("meter.readings.headend-0@4", RejectReason.UNPARSEABLE, null),
            tuple("meter.readings.headend-0@5", RejectReason.UNKNOWN_REGISTER, "tenant-a"),
            tuple("meter.readings.webapi-0@3", RejectReason.UNPARSEABLE, null),
            tuple("meter.readings.webapi-0@4", RejectReason.NON_FINITE_VALUE, "tenant-a"),
            tuple("meter.readings.webapi-0@5", RejectReason.UNKNOWN_UNIT, "tenant-a"),
            tuple("meter.readings.webapi-0@6", RejectReason.MISSING_FIELD, "tenant-a"),
            tuple("meter.readings.webapi-0@7", RejectReason.INVALID_FIELD, "tenant-a"),
            tuple("meter.readings.webapi-0@8", RejectReason.FIELD_TOO_LONG, "tenant-a"),
            tuple("meter.readings.webapi-0@9", RejectReason.TIME_IN_FUTURE, "tenant-a"),
            tuple("meter.readings.webapi-0@10", RejectReason.TIME_BEFORE_2000, "tenant-a"),
            tuple("meter.readings.webapi-0@11", RejectReason.UNKNOWN_TIMEZONE, "tenant-a"),
            tuple("meter.readings.webapi-0@12", RejectReason.VALUE_OUT_OF_RANGE, "tenant-a"),
            tuple("daiad-csv.csv:4", RejectReason.INVALID_FIELD, "daiad"),
            tuple("stadtwerk.csv:3", RejectReason.UNPARSEABLE, "stadtwerk-nord"));

    assertThat(counter(job, NormalizerMetrics.RECORDS_IN)).isEqualTo(PAYLOADS.size());
    assertThat(counter(job, NormalizerMetrics.READINGS_NORMALIZED)).isEqualTo(9);
    assertThat(counter(job, NormalizerMetrics.RECORDS_REJECTED)).isEqualTo(16);
    assertThat(counter(job, NormalizerMetrics.HEADER_LINES_SKIPPED)).isEqualTo(2);
    assertThat(counter(job, NormalizerMetrics.RECORDS_IN))
        .isEqualTo(
            counter(job, NormalizerMetrics.READINGS_NORMALIZED)
                + counter(job, NormalizerMetrics.RECORDS_REJECTED)
                + counter(job, NormalizerMetrics.HEADER_LINES_SKIPPED));
    Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
    Arrays.stream(RejectReason.values()).forEach(reason -> byReason.put(reason, 1L));
    byReason.put(RejectReason.UNPARSEABLE, 3L);
    byReason.put(RejectReason.INVALID_FIELD, 2L);
    assertThat(rejectsByReason(job)).isEqualTo(byReason);
  }

  private static NormalizerSettings settings() {
    NormalizerSettings defaults = NormalizerSettings.defaults();
    return new NormalizerSettings(
        new TenantZones(
            ZoneOffset.UTC,
            Map.of(
                "tenant-a", ZoneId.of("Europe/Madrid"),
                "stadtwerk-nord", ZoneId.of("Europe/Berlin"))),
        defaults.futureTolerance(),
        defaults.maxFieldLength(),
        defaults.maxValue(),
        defaults.deviceStateTtl(),
        CsvProfiles.builtIn().with(List.of(STADTWERK)));
  }

  private static List<MeterReading> expectedReadings() {
    return List.of(
        expected("meter-1", Register.ELECTRICITY_IMPORT_ENERGY, "2024-06-01T08:00:00Z", 1234.5)
            .setSourceSystem("acme-head-end")
            .setSourceFormat(SourceFormat.HEAD_END_AVRO)
            .setFlags(List.of(ReadingFlag.TAMPER))
            .build(),
        expected(WATER_METER, Register.WATER_VOLUME, "2024-03-31T01:30:00Z", 68.321)
            .setSourceSystem("acme-head-end")
            .setSourceFormat(SourceFormat.HEAD_END_AVRO)
            .setFlags(List.of(ReadingFlag.DST_GAP_SHIFTED))
            .build(),
        expected("meter-1", Register.VOLTAGE_L1, "2024-10-27T00:30:00Z", 231.5)
            .setFlags(List.of(ReadingFlag.DST_OVERLAP_EARLIER))
            .build(),
        expected("meter-1", Register.METER_EVENT, "2024-06-01T10:00:00Z", 1)
            .setFlags(List.of(ReadingFlag.POWER_FAIL))
            .build(),
        expected("meter-1", Register.ELECTRICITY_IMPORT_ENERGY, "2024-06-01T08:00:00Z", 12.5)
            .build(),
        expected("meter-9", Register.ELECTRICITY_IMPORT_ENERGY, "2024-06-01T08:00:00Z", 1234.5)
            .setFlags(List.of(ReadingFlag.ZONE_FROM_TENANT_DEFAULT))
            .build(),
        csvExpected("daiad", "1f8730a9", Register.WATER_VOLUME, "2016-02-29T23:28:55Z", 68.321)
            .setSourceSystem("daiad-csv.csv")
            .build(),
        csvExpected("daiad", "05be51c3", Register.WATER_VOLUME, "2016-08-03T06:52:19Z", 400)
            .setSourceSystem("daiad-csv.csv")
            .build(),
        csvExpected(
                "stadtwerk-nord", "WMZ-0042", Register.HEAT_ENERGY, "2024-03-31T01:30:00Z", 1234500)
            .setSourceSystem("stadtwerk.csv")
            .setFlags(List.of(ReadingFlag.DST_GAP_SHIFTED, ReadingFlag.ZONE_FROM_TENANT_DEFAULT))
            .build());
  }

  /** A reading of tenant-a from the Web API, unless the caller says otherwise. */
  private static MeterReading.Builder expected(
      String meterId, Register register, String utc, double value) {
    Instant time = Instant.parse(utc);
    return ContractFixtures.reading(register, time, value)
        .setReadingId(StableIds.readingId("tenant-a", meterId, register, time))
        .setMeterId(meterId)
        .setReceivedTime(INGEST)
        .setSourceSystem("acme-portal")
        .setSourceFormat(SourceFormat.WEB_API_JSON);
  }

  private static MeterReading.Builder csvExpected(
      String tenant, String meterId, Register register, String utc, double value) {
    Instant time = Instant.parse(utc);
    return expected(meterId, register, utc, value)
        .setReadingId(StableIds.readingId(tenant, meterId, register, time))
        .setTenant(tenant)
        .setSourceFormat(SourceFormat.CSV_FILE);
  }

  private static RegisterMappingUpdate highTariffMapping(long version, Register register) {
    return RegisterMappingUpdate.newBuilder()
        .setTenant("tenant-a")
        .setVersion(version)
        .setEntries(
            List.of(
                RegisterMappingEntry.newBuilder()
                    .setCode("ZAEHLER-HT")
                    .setRegister(register)
                    .setKind(ReadingKind.CUMULATIVE)
                    .build()))
        .build();
  }

  private static byte[] wire(HeadEndReading.Builder reading) {
    return FakeHeadEndDecoder.encode(reading.build());
  }

  private static byte[] badMagicByte() {
    byte[] message = wire(headEndReading());
    message[0] = 1;
    return message;
  }

  private static byte[] truncated() {
    byte[] message = wire(headEndReading());
    return Arrays.copyOf(message, message.length - 4);
  }

  /** A counter summed over the subtasks of the job. */
  private static long counter(JobID job, String name) {
    return REPORTER
        .findMetrics(job, "\\." + NormalizerMetrics.GROUP + "\\." + name + "$")
        .values()
        .stream()
        .mapToLong(metric -> ((Counter) metric).getCount())
        .sum();
  }

  private static Map<RejectReason, Long> rejectsByReason(JobID job) {
    Pattern reasonCounter =
        Pattern.compile(
            "\\."
                + NormalizerMetrics.REASON
                + "\\.(\\w+)\\."
                + NormalizerMetrics.RECORDS_REJECTED
                + "$");
    Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
    for (Map.Entry<String, Metric> metric :
        REPORTER.findMetrics(job, reasonCounter.pattern()).entrySet()) {
      Matcher matcher = reasonCounter.matcher(metric.getKey());
      assertThat(matcher.find()).isTrue();
      byReason.merge(
          RejectReason.valueOf(matcher.group(1)),
          ((Counter) metric.getValue()).getCount(),
          Long::sum);
    }
    return byReason;
  }
}
