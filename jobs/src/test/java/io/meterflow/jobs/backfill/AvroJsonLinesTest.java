package io.meterflow.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.RegisterInfo;
import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.RejectedRecord;
import io.meterflow.contracts.SourceFormat;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvroJsonLinesTest {

  private static final Instant READ = Instant.parse("2016-03-01T00:28:55Z");
  private static final Instant RECEIVED = Instant.parse("2024-05-02T10:15:30.250Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldWriteAReadingWithEnumNamesIsoTimesAndFlagArray() {
    MeterReading reading =
        MeterReading.newBuilder()
            .setReadingId("r-1")
            .setTenant("daiad")
            .setMeterId("m-1")
            .setRegister(Register.WATER_VOLUME)
            .setKind(ReadingKind.CUMULATIVE)
            .setValue(68.321)
            .setUnit(CanonicalUnit.M3)
            .setReadingTime(READ)
            .setReceivedTime(RECEIVED)
            .setSourceSystem("swm_trialA.zip!/swm_trialA.csv")
            .setSourceFormat(SourceFormat.CSV_FILE)
            .setFlags(List.of(ReadingFlag.DST_GAP_SHIFTED, ReadingFlag.ZONE_FROM_TENANT_DEFAULT))
            .build();

    assertThat(AvroJsonLines.encode(reading))
        .isEqualTo(
            "{\"readingId\":\"r-1\",\"tenant\":\"daiad\",\"meterId\":\"m-1\","
                + "\"register\":\"WATER_VOLUME\",\"kind\":\"CUMULATIVE\",\"value\":68.321,"
                + "\"unit\":\"M3\",\"readingTime\":\"2016-03-01T00:28:55Z\","
                + "\"receivedTime\":\"2024-05-02T10:15:30.250Z\","
                + "\"sourceSystem\":\"swm_trialA.zip!/swm_trialA.csv\",\"sourceFormat\":\"CSV_FILE\","
                + "\"flags\":[\"DST_GAP_SHIFTED\",\"ZONE_FROM_TENANT_DEFAULT\"]}");
  }

  @Test
  void shouldWriteAnAlarmWithSortedMapsAndNullsWithoutUnionWrappers() {
    Map<String, Double> evidence = new LinkedHashMap<>();
    evidence.put("leakedVolumeM3", 1.25);
    evidence.put("baseFlowM3PerH", 0.006);
    MeterAlarm alarm =
        MeterAlarm.newBuilder()
            .setAlarmId("a-1")
            .setTenant("daiad")
            .setMeterId("m-1")
            .setAreaId(null)
            .setType(AlarmType.CONTINUOUS_FLOW)
            .setSeverity(AlarmSeverity.MINOR)
            .setStatus(AlarmStatus.RAISED)
            .setSequence(0)
            .setStartTime(READ)
            .setEndTime(null)
            .setEventTime(RECEIVED)
            .setMessage("No hour at standstill in 24 h")
            .setEvidence(evidence)
            .setParameters(Map.of("standstillM3", "0.0005"))
            .build();

    assertThat(AvroJsonLines.encode(alarm))
        .isEqualTo(
            "{\"alarmId\":\"a-1\",\"tenant\":\"daiad\",\"meterId\":\"m-1\",\"areaId\":null,"
                + "\"type\":\"CONTINUOUS_FLOW\",\"severity\":\"MINOR\",\"status\":\"RAISED\","
                + "\"sequence\":0,\"startTime\":\"2016-03-01T00:28:55Z\",\"endTime\":null,"
                + "\"eventTime\":\"2024-05-02T10:15:30.250Z\","
                + "\"message\":\"No hour at standstill in 24 h\","
                + "\"evidence\":{\"baseFlowM3PerH\":0.006,\"leakedVolumeM3\":1.25},"
                + "\"parameters\":{\"standstillM3\":\"0.0005\"}}");
  }

  @Test
  void shouldWriteOriginalBytesAsBase64() {
    RejectedRecord reject =
        RejectedRecord.newBuilder()
            .setTenant(null)
            .setSourceSystem("readings.avro")
            .setSourceFormat(SourceFormat.HEAD_END_AVRO)
            .setSourceLocation("readings.avro:3")
            .setReason(RejectReason.UNPARSEABLE)
            .setDetail("Truncated Avro of a head-end reading")
            .setOriginalBytes(ByteBuffer.wrap("abc".getBytes(StandardCharsets.US_ASCII)))
            .setOriginalText(null)
            .setIngestTime(RECEIVED)
            .build();

    assertThat(AvroJsonLines.encode(reject))
        .isEqualTo(
            "{\"tenant\":null,\"sourceSystem\":\"readings.avro\",\"sourceFormat\":\"HEAD_END_AVRO\","
                + "\"sourceLocation\":\"readings.avro:3\",\"reason\":\"UNPARSEABLE\","
                + "\"detail\":\"Truncated Avro of a head-end reading\",\"originalBytes\":\"YWJj\","
                + "\"originalText\":null,\"ingestTime\":\"2024-05-02T10:15:30.250Z\"}");
  }

  @Test
  void shouldReadBackADeviceItWrote() throws Exception {
    DeviceInfo device =
        DeviceInfo.newBuilder()
            .setTenant("daiad")
            .setMeterId("m-1")
            .setCommodity(Commodity.WATER)
            .setTimezone("Europe/Madrid")
            .setRegisters(
                List.of(
                    RegisterInfo.newBuilder()
                        .setRegister(Register.WATER_VOLUME)
                        .setDigits(8)
                        .build()))
            .setNominalFlowQ3(2.5)
            .setInstallTime(READ)
            .setUpdatedTime(RECEIVED)
            .build();

    DeviceInfo read =
        AvroJsonReader.read(
            JSON.readTree(AvroJsonLines.encode(device)),
            DeviceInfo.getClassSchema(),
            DeviceInfo.class);

    assertThat(read).isEqualTo(device);
  }

  @Test
  void shouldTakeSchemaDefaultsForMissingDeviceFields() throws Exception {
    DeviceInfo read =
        AvroJsonReader.read(
            JSON.readTree(
                "{\"tenant\":\"t\",\"meterId\":\"m\",\"commodity\":\"WATER\","
                    + "\"updatedTime\":\"2024-01-01T00:00:00Z\"}"),
            DeviceInfo.getClassSchema(),
            DeviceInfo.class);

    assertThat(read)
        .isEqualTo(
            DeviceInfo.newBuilder()
                .setTenant("t")
                .setMeterId("m")
                .setCommodity(Commodity.WATER)
                .setUpdatedTime(Instant.parse("2024-01-01T00:00:00Z"))
                .build());
  }

  @Test
  void shouldNameTheFieldOfAnUnknownEnumSymbol() {
    assertThatThrownBy(
            () ->
                AvroJsonReader.read(
                    JSON.readTree(
                        "{\"tenant\":\"t\",\"meterId\":\"m\",\"commodity\":\"STEAM\","
                            + "\"updatedTime\":\"2024-01-01T00:00:00Z\"}"),
                    DeviceInfo.getClassSchema(),
                    DeviceInfo.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DeviceInfo.commodity must be one of [ELECTRICITY, WATER, HEAT, GAS], not \"STEAM\"");
  }
}
