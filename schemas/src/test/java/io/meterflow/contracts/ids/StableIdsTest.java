package io.meterflow.contracts.ids;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.Register;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StableIdsTest {

  private static final Instant TIME = Instant.parse("2024-03-31T01:00:00Z");

  @Test
  void shouldDeriveTheSameReadingIdFromTheSameSlot() {
    assertThat(StableIds.readingId("t", "m", Register.WATER_VOLUME, TIME))
        .isEqualTo(StableIds.readingId("t", "m", Register.WATER_VOLUME, TIME))
        .hasSize(32)
        .matches("[0-9a-f]{32}");
  }

  @Test
  void shouldNotLetPartsRunIntoEachOther() {
    assertThat(StableIds.readingId("ab", "c", Register.WATER_VOLUME, TIME))
        .isNotEqualTo(StableIds.readingId("a", "bc", Register.WATER_VOLUME, TIME));
  }

  @Test
  void shouldDistinguishRegistersTimesAndAlarmTypes() {
    String reading = StableIds.readingId("t", "m", Register.WATER_VOLUME, TIME);
    assertThat(StableIds.readingId("t", "m", Register.WATER_FLOW, TIME)).isNotEqualTo(reading);
    assertThat(StableIds.readingId("t", "m", Register.WATER_VOLUME, TIME.plusMillis(1)))
        .isNotEqualTo(reading);
    assertThat(StableIds.alarmId("t", "meter:m", AlarmType.BURST, TIME))
        .isNotEqualTo(StableIds.alarmId("t", "meter:m", AlarmType.CONTINUOUS_FLOW, TIME));
  }

  @Test
  void shouldRejectIdentifiersThatWouldBreakKeys() {
    assertThat(RecordKeys.isValidIdentifier("meter-42")).isTrue();
    assertThat(RecordKeys.isValidIdentifier("a|b")).isFalse();
    assertThat(RecordKeys.isValidIdentifier("a\nb")).isFalse();
    assertThat(RecordKeys.isValidIdentifier(" ")).isFalse();
    assertThat(RecordKeys.isValidIdentifier(null)).isFalse();
    assertThat(RecordKeys.series("t", "m", Register.WATER_VOLUME)).isEqualTo("t|m|WATER_VOLUME");
  }
}
