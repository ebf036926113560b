package io.meterflow.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AlarmType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GroundTruthTest {

  @Test
  void shouldReadAnAlarmFaultOfTheSimulator() {
    InjectedAlarm fault =
        GroundTruth.parse(
            "{\"type\":\"OUTAGE\",\"alarm\":true,\"tenant\":\"t1\",\"meterId\":\"m1\","
                + "\"areaId\":\"a1\",\"start\":\"2024-10-24T08:00:00Z\","
                + "\"end\":\"2024-10-24T10:00:00Z\",\"parameters\":{\"cause\":\"AREA_OUTAGE\"}}");

    assertThat(fault)
        .isEqualTo(
            new InjectedAlarm(
                AlarmType.OUTAGE,
                "t1",
                "m1",
                "a1",
                Instant.parse("2024-10-24T08:00:00Z"),
                Instant.parse("2024-10-24T10:00:00Z")));
  }

  @Test
  void shouldReadAnAreaFaultWithoutAMeter() {
    InjectedAlarm fault =
        GroundTruth.parse(
            "{\"type\":\"AREA_OUTAGE\",\"alarm\":true,\"tenant\":\"t1\",\"meterId\":null,"
                + "\"areaId\":\"a1\",\"start\":\"2024-10-24T08:00:00Z\","
                + "\"end\":\"2024-10-24T09:30:00Z\",\"parameters\":{\"meters\":4}}");

    assertThat(fault.meterId()).isNull();
    assertThat(fault.areaId()).isEqualTo("a1");
  }

  @Test
  void shouldLeaveDataFaultsOut() {
    assertThat(
            GroundTruth.parse(
                "{\"type\":\"DUPLICATE\",\"alarm\":false,\"tenant\":\"t1\",\"meterId\":\"m1\","
                    + "\"areaId\":\"a1\",\"start\":\"2024-10-24T08:00:00Z\","
                    + "\"end\":\"2024-10-24T08:00:00Z\",\"parameters\":{}}"))
        .isNull();
  }
}
