package io.meterflow.power.outage;

import static io.meterflow.power.testing.PowerFixtures.minute;
import static io.meterflow.power.testing.PowerFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.power.testing.MeterHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AREA_OUTAGE with the defaults: 3 meters of an area within 5 minutes; cleared by most. */
class AreaOutageHarnessTest {

  private KeyedOneInputStreamOperatorTestHarness<String, PowerEvent, MeterAlarm> harness;

  @BeforeEach
  void openHarness() throws Exception {
    harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new AreaOutageFunction(MeterHarness.settings(Map.of()))),
            event -> RecordKeys.area(event.tenant(), event.areaId()),
            Types.STRING);
    harness.open();
  }

  @AfterEach
  void closeHarness() throws Exception {
    harness.close();
  }

  @Test
  void shouldRaiseWhenThreeMetersFailTogetherAndClearWhenMostAreRestored() throws Exception {
    fail("m1", minute(600));
    fail("m2", minute(601));
    fail("m3", minute(602));
    fail("m4", minute(603));
    restore("m1", minute(660));
    restore("m2", minute(670));
    restore("m3", minute(680));
    restore("m4", minute(690));
    watermark(minute(700));

    assertThat(harness.extractOutputValues())
        .extracting(alarm -> step(alarm))
        .containsExactly(
            step("RAISED", "AREA_OUTAGE", minute(600), minute(602), null),
            step("UPDATED", "AREA_OUTAGE", minute(600), minute(603), null),
            step("UPDATED", "AREA_OUTAGE", minute(600), minute(660), null),
            step("UPDATED", "AREA_OUTAGE", minute(600), minute(670), null),
            step("CLEARED", "AREA_OUTAGE", minute(600), minute(680), minute(680)));
    MeterAlarm raised = harness.extractOutputValues().get(0);
    assertThat(raised.getAreaId()).isEqualTo(ContractFixtures.AREA);
    assertThat(raised.getMeterId()).isNull();
    assertThat(raised.getEvidence())
        .containsExactlyInAnyOrderEntriesOf(Map.of("affectedMeters", 3.0, "metersStillOut", 3.0));
    assertThat(harness.extractOutputValues().get(4).getEvidence())
        .containsExactlyInAnyOrderEntriesOf(Map.of("affectedMeters", 4.0, "metersStillOut", 1.0));
  }

  @Test
  void shouldStaySilentForFailuresFurtherApartThanTheWindowOrTooFew() throws Exception {
    fail("m1", minute(600));
    fail("m2", minute(606));
    fail("m3", minute(612));
    fail("m4", minute(700));
    fail("m5", minute(701));
    watermark(minute(800));

    assertThat(harness.extractOutputValues()).isEmpty();
  }

  @Test
  void shouldCountARepeatedPowerFailOfOneMeterOnce() throws Exception {
    fail("m1", minute(600));
    fail("m1", minute(601));
    fail("m2", minute(602));
    watermark(minute(700));

    assertThat(harness.extractOutputValues()).isEmpty();
  }

  @Test
  void shouldLeaveNoStateWhenTheAreaGoesQuiet() throws Exception {
    fail("m1", minute(600));
    fail("m2", minute(601));
    fail("m3", minute(602));
    watermark(minute(602).plus(Duration.ofDays(45)));

    assertThat(harness.extractOutputValues())
        .extracting(alarm -> step(alarm))
        .containsExactly(
            step("RAISED", "AREA_OUTAGE", minute(600), minute(602), null),
            step(
                "CLEARED",
                "AREA_OUTAGE",
                minute(600),
                minute(602).plus(Duration.ofDays(45)),
                minute(602)));
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  private void fail(String meter, Instant time) throws Exception {
    event(meter, time, true);
  }

  private void restore(String meter, Instant time) throws Exception {
    event(meter, time, false);
  }

  private void event(String meter, Instant time, boolean failed) throws Exception {
    harness.processElement(
        new PowerEvent(
            ContractFixtures.TENANT, ContractFixtures.AREA, meter, time.toEpochMilli(), failed),
        time.toEpochMilli());
  }

  private void watermark(Instant time) throws Exception {
    harness.processWatermark(new Watermark(time.toEpochMilli()));
  }
}
