package io.meterflow.normalizer.time;

import static io.meterflow.normalizer.testing.ParsedReadingBuilder.parsed;
import static io.meterflow.normalizer.testing.ResolvedReadings.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.SourceFormat;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.normalizer.mapping.ResolvedReading;
import io.meterflow.normalizer.reject.Rejects;
import io.meterflow.normalizer.testing.NormalizerFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResolveReadingTimesFunctionHarnessTest {

  private static final Duration DEVICE_TTL = Duration.ofDays(400);
  private static final Instant MADRID_VERSION = ContractFixtures.BEGINNING;
  private static final DeviceInfo IN_MADRID =
      ContractFixtures.waterMeter().setUpdatedTime(MADRID_VERSION).build();

  /** Ten o'clock local time, in summer, as a Web API line without offset gives it. */
  private static final ResolvedReading AT_TEN = resolved(parsed().at("2024-06-01T10:00:00"));

  private KeyedTwoInputStreamOperatorTestHarness<String, ResolvedReading, DeviceInfo, MeterReading>
      harness;

  @BeforeEach
  void openHarness() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
            new ResolveReadingTimesFunction(
                new ReadingTimeResolver(
                    new TenantZones(ZoneOffset.UTC, Map.of()), Duration.ofHours(1)),
                DEVICE_TTL),
            ResolvedReading::meterKey,
            device -> RecordKeys.meter(device.getTenant(), device.getMeterId()),
            Types.STRING);
  }

  @AfterEach
  void closeHarness() throws Exception {
    harness.close();
  }

  @Test
  void shouldReadLocalTimesInTheZoneOfTheLatestDeviceInfo() throws Exception {
    harness.processElement1(new StreamRecord<>(AT_TEN));
    harness.processElement2(new StreamRecord<>(IN_MADRID));
    harness.processElement1(new StreamRecord<>(AT_TEN));
    // A late, older version (a replay of the compacted topic) does not replace the newer one.
    harness.processElement2(
        new StreamRecord<>(
            ContractFixtures.waterMeter()
                .setTimezone("Europe/London")
                .setUpdatedTime(MADRID_VERSION.minusSeconds(1))
                .build()));
    harness.processElement1(new StreamRecord<>(AT_TEN));
    harness.processElement2(
        new StreamRecord<>(
            ContractFixtures.waterMeter()
                .setTimezone("Europe/London")
                .setUpdatedTime(MADRID_VERSION.plusSeconds(1))
                .build()));
    harness.processElement1(new StreamRecord<>(AT_TEN));

    assertThat(harness.extractOutputValues())
        .containsExactly(
            importIndexAt("2024-06-01T10:00:00Z", ReadingFlag.ZONE_FROM_TENANT_DEFAULT),
            importIndexAt("2024-06-01T08:00:00Z"),
            importIndexAt("2024-06-01T08:00:00Z"),
            importIndexAt("2024-06-01T09:00:00Z"));
    assertThat(harness.getSideOutput(Rejects.TAG)).isNull();
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldKeepDevicesApartByTenantAndMeter() throws Exception {
    harness.processElement2(new StreamRecord<>(IN_MADRID));
    harness.processElement1(
        new StreamRecord<>(resolved(parsed().meterId("meter-2").at("2024-06-01T10:00:00"))));
    harness.processElement1(
        new StreamRecord<>(resolved(parsed().tenant("tenant-b").at("2024-06-01T10:00:00"))));

    assertThat(harness.extractOutputValues())
        .extracting(MeterReading::getMeterId, MeterReading::getReadingTime, MeterReading::getFlags)
        .containsExactly(
            tuple(
                "meter-2",
                Instant.parse("2024-06-01T10:00:00Z"),
                List.of(ReadingFlag.ZONE_FROM_TENANT_DEFAULT)),
            tuple(
                "meter-1",
                Instant.parse("2024-06-01T10:00:00Z"),
                List.of(ReadingFlag.ZONE_FROM_TENANT_DEFAULT)));
  }

  @Test
  void shouldForgetADeviceNeitherReadNorUpdatedForTheTimeToLive() throws Exception {
    long ttl = DEVICE_TTL.toMillis();
    harness.setStateTtlProcessingTime(0);
    harness.processElement2(new StreamRecord<>(IN_MADRID));
    // A reading refreshes the device's time to live.
    harness.setStateTtlProcessingTime(ttl - 1);
    harness.processElement1(new StreamRecord<>(AT_TEN));
    harness.setStateTtlProcessingTime(2 * ttl - 2);
    harness.processElement1(new StreamRecord<>(AT_TEN));
    harness.setStateTtlProcessingTime(3 * ttl);
    harness.processElement1(new StreamRecord<>(AT_TEN));

    assertThat(harness.extractOutputValues())
        .containsExactly(
            importIndexAt("2024-06-01T08:00:00Z"),
            importIndexAt("2024-06-01T08:00:00Z"),
            importIndexAt("2024-06-01T10:00:00Z", ReadingFlag.ZONE_FROM_TENANT_DEFAULT));
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldRejectAReadingFromTheFutureToTheSideOutput() throws Exception {
    ResolvedReading tomorrow = resolved(parsed().at("2024-11-02T12:00:00Z"));

    harness.processElement1(new StreamRecord<>(tomorrow));

    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(harness.getSideOutput(Rejects.TAG))
        .extracting(StreamRecord::getValue)
        .containsExactly(
            NormalizerFixtures.rejectedJson(
                RejectReason.TIME_IN_FUTURE,
                "Reading time 2024-11-02T12:00:00Z is PT24H after the ingest time"
                    + " 2024-11-01T12:00:00Z, more than the PT1H tolerated."));
    assertThat(harness.numKeyedStateEntries()).isZero();
  }

  private static MeterReading importIndexAt(String utc, ReadingFlag... flags) {
    return ContractFixtures.reading(Register.ELECTRICITY_IMPORT_ENERGY, Instant.parse(utc), 1234.5)
        .setReceivedTime(NormalizerFixtures.INGEST)
        .setSourceSystem("acme-portal")
        .setSourceFormat(SourceFormat.WEB_API_JSON)
        .setFlags(List.of(flags))
        .build();
  }
}
