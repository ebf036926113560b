package io.meterflow.periodize.device;

import static io.meterflow.contracts.testing.ContractFixtures.BEGINNING;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.RegisterInfo;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.periodize.HarnessTest;
import io.meterflow.periodize.statement.SeriesContext;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeviceContextJoinHarnessTest extends HarnessTest {

  private KeyedTwoInputStreamOperatorTestHarness<String, MeterReading, DeviceInfo, SeriesReading>
      harness;

  private static final Duration DEVICE_STATE_TTL = Duration.ofDays(400);

  @BeforeEach
  void openHarness() throws Exception {
    harness =
        opened(
            new KeyedTwoInputStreamOperatorTestHarness<>(
                new KeyedCoProcessOperator<>(new DeviceContextJoin(DEVICE_STATE_TTL)),
                r -> RecordKeys.meter(r.getTenant(), r.getMeterId()),
                d -> RecordKeys.meter(d.getTenant(), d.getMeterId()),
                Types.STRING));
  }

  @Test
  void shouldAttachTheLatestDeviceAndUseDefaultsBeforeAnyArrives() throws Exception {
    MeterReading reading = ContractFixtures.waterIndex(BEGINNING, 10.0).build();
    harness.processElement1(reading, BEGINNING.toEpochMilli());
    DeviceInfo device =
        ContractFixtures.waterMeter()
            .setRegisters(List.of(new RegisterInfo(Register.WATER_VOLUME, 5)))
            .setReplacementTime(BEGINNING)
            .build();
    harness.processElement2(device, 0L);
    harness.processElement1(reading, BEGINNING.toEpochMilli());

    List<SeriesReading> out = harness.extractOutputValues();
    assertThat(out).hasSize(2);
    assertThat(out.get(0))
        .extracting(r -> r.zone, r -> r.areaId, r -> r.digits, r -> r.replacementTime)
        .containsExactly(null, null, 0, SeriesContext.NEVER);
    assertThat(out.get(1))
        .extracting(r -> r.zone, r -> r.areaId, r -> r.digits, r -> r.replacementTime)
        .containsExactly(ContractFixtures.ZONE, ContractFixtures.AREA, 5, BEGINNING.toEpochMilli());
    assertThat(out.get(1).seriesKey())
        .isEqualTo(
            RecordKeys.series(
                ContractFixtures.TENANT, ContractFixtures.METER, Register.WATER_VOLUME));
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldIgnoreAnOlderDeviceInfoReplayedAfterANewerOne() throws Exception {
    DeviceInfo newer =
        ContractFixtures.waterMeter().setAreaId("area-2").setUpdatedTime(BEGINNING).build();
    DeviceInfo older =
        ContractFixtures.waterMeter().setUpdatedTime(BEGINNING.minus(Duration.ofDays(1))).build();
    harness.processElement2(newer, 0L);
    harness.processElement2(older, 0L);
    harness.processElement1(
        ContractFixtures.waterIndex(BEGINNING, 10.0).build(), BEGINNING.toEpochMilli());

    List<SeriesReading> out = harness.extractOutputValues();
    assertThat(out).extracting(r -> r.areaId).containsExactly("area-2");
  }

  @Test
  void shouldForgetTheDeviceInfoOfAMeterQuietForTheTtl() throws Exception {
    harness.setStateTtlProcessingTime(0L);
    harness.processElement2(ContractFixtures.waterMeter().build(), 0L);
    harness.setStateTtlProcessingTime(DEVICE_STATE_TTL.toMillis() - 1);
    MeterReading reading = ContractFixtures.waterIndex(BEGINNING, 10.0).build();
    harness.processElement1(reading, BEGINNING.toEpochMilli());
    // The reading renewed it: a TTL later it is gone.
    harness.setStateTtlProcessingTime(2 * DEVICE_STATE_TTL.toMillis());
    harness.processElement1(reading, BEGINNING.toEpochMilli());

    List<SeriesReading> out = harness.extractOutputValues();
    assertThat(out).extracting(r -> r.areaId).containsExactly(ContractFixtures.AREA, null);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }
}
