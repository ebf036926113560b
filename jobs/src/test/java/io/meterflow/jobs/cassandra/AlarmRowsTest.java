package io.meterflow.jobs.cassandra;

import static io.meterflow.contracts.testing.ContractFixtures.AREA;
import static io.meterflow.contracts.testing.ContractFixtures.METER;
import static io.meterflow.contracts.testing.ContractFixtures.TENANT;
import static io.meterflow.jobs.cassandra.RowsTestSupport.assertBindsEveryMarker;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlarmRowsTest {

  private static final Instant STARTED = Instant.parse("2024-01-15T02:00:00Z");
  private static final Instant CLEARED = Instant.parse("2024-01-16T09:00:00Z");

  private static MeterAlarm.Builder cleared(String meterId) {
    return MeterAlarm.newBuilder()
        .setAlarmId("alarm-1")
        .setTenant(TENANT)
        .setMeterId(meterId)
        .setAreaId(AREA)
        .setType(AlarmType.CONTINUOUS_FLOW)
        .setSeverity(AlarmSeverity.MAJOR)
        .setStatus(AlarmStatus.CLEARED)
        .setSequence(4)
        .setStartTime(STARTED)
        .setEndTime(CLEARED)
        .setEventTime(CLEARED)
        .setMessage("Continuous flow for 31 h, about 310 L lost")
        .setEvidence(Map.of("estimatedLeakedVolumeM3", 0.31))
        .setParameters(Map.of("standstillThresholdM3", "0.0005"));
  }

  @Test
  void shouldBindTheLatestStepOfAMeterAlarmUnderItsStartTime() {
    MeterAlarm alarm = cleared(METER).build();

    assertThat(AlarmRows.BY_METER.binder().bind(alarm))
        .containsExactly(
            TENANT,
            METER,
            STARTED,
            "alarm-1",
            AREA,
            "CONTINUOUS_FLOW",
            "MAJOR",
            "CLEARED",
            4,
            CLEARED,
            CLEARED,
            "Continuous flow for 31 h, about 310 L lost",
            Map.of("estimatedLeakedVolumeM3", 0.31),
            Map.of("standstillThresholdM3", "0.0005"),
            4L);
    assertBindsEveryMarker(AlarmRows.BY_METER, alarm);
  }

  @Test
  void shouldBindEveryAlarmByTenantAndTheUtcDayItStarted() {
    MeterAlarm raised =
        cleared(METER).setStatus(AlarmStatus.RAISED).setSequence(0).setEndTime(null).build();

    assertThat(AlarmRows.BY_TENANT_DAY.binder().bind(raised))
        .containsExactly(
            TENANT,
            LocalDate.parse("2024-01-15"),
            STARTED,
            "alarm-1",
            METER,
            AREA,
            "CONTINUOUS_FLOW",
            "MAJOR",
            "RAISED",
            0,
            null,
            CLEARED,
            "Continuous flow for 31 h, about 310 L lost",
            Map.of("estimatedLeakedVolumeM3", 0.31),
            Map.of("standstillThresholdM3", "0.0005"),
            0L);
    assertBindsEveryMarker(AlarmRows.BY_TENANT_DAY, raised);
  }

  @Test
  void shouldKeepAreaAlarmsOutOfTheMeterTable() throws Exception {
    MeterAlarm areaOutage = cleared(null).setType(AlarmType.AREA_OUTAGE).build();

    assertThat(AlarmRows.BY_METER.accepts().filter(areaOutage)).isFalse();
    assertThat(AlarmRows.BY_METER.accepts().filter(cleared(METER).build())).isTrue();
    assertThat(AlarmRows.BY_TENANT_DAY.accepts().filter(areaOutage)).isTrue();
  }
}
