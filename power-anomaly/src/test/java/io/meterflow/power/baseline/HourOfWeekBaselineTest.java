package io.meterflow.power.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.runtime.PojoSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class HourOfWeekBaselineTest {

  private static final double ALPHA = 0.1;
  private static final int WARM_UP = 3;
  private static final double CLIP = 3;
  private static final double FLOOR = 0.1;

  @Test
  void shouldAverageTheWarmUpWeeksEquallyAsARunningMean() {
    HourOfWeekBaseline baseline = new HourOfWeekBaseline();
    learn(baseline, 5, 1.0, 2.0, 3.0);

    assertThat(baseline.weeks(5)).isEqualTo(3);
    assertThat(baseline.level(5)).isEqualTo(2.0);
    assertThat(baseline.usualDeviation(5)).isCloseTo(0.5 + (1.5 - 0.5) / 3, within(1e-6));
    assertThat(baseline.weeks(6)).isZero();
  }

  @Test
  void shouldMoveAWarmSlotByAtMostTheClipSoThatAnOutlierBarelyCounts() {
    HourOfWeekBaseline baseline = new HourOfWeekBaseline();
    learn(baseline, 0, 1.0, 1.0, 1.0);

    baseline.learn(0, 100.0, ALPHA, WARM_UP, CLIP, FLOOR, 1);

    // A weight of 1/4 on a residual clipped to 3 x 0.1 kWh.
    assertThat(baseline.level(0)).isCloseTo(1.075, within(1e-6));
    assertThat(baseline.usualDeviation(0)).isCloseTo(0.075, within(1e-6));
  }

  @Test
  void shouldLearnSlowlyAtAReducedRate() {
    HourOfWeekBaseline baseline = new HourOfWeekBaseline();
    learn(baseline, 0, 1.0, 1.0, 1.0);

    baseline.learn(0, 1.2, ALPHA, WARM_UP, CLIP, FLOOR, 0.1);

    assertThat(baseline.level(0)).isCloseTo(1.005, within(1e-6));
  }

  @Test
  void shouldSettleOnTheWeightAlphaAfterTheWarmUp() {
    HourOfWeekBaseline baseline = new HourOfWeekBaseline();
    for (int week = 0; week < 20; week++) {
      baseline.learn(0, 1.0, ALPHA, WARM_UP, CLIP, FLOOR, 1);
    }

    baseline.learn(0, 1.2, ALPHA, WARM_UP, CLIP, FLOOR, 1);

    assertThat(baseline.level(0)).isCloseTo(1.02, within(1e-6));
  }

  @Test
  void shouldCountWeeksOnlyUpToItsLimit() {
    HourOfWeekBaseline baseline = new HourOfWeekBaseline();
    for (int week = 0; week < 300; week++) {
      baseline.learn(0, 1.0, ALPHA, WARM_UP, CLIP, FLOOR, 1);
    }

    assertThat(baseline.weeks(0)).isEqualTo(HourOfWeekBaseline.MAX_WEEKS);
  }

  @Test
  void shouldKeepAFixedSerializedSizeWhateverTheWeeksItHasSeen() throws Exception {
    TypeSerializer<HourOfWeekBaseline> serializer =
        TypeInformation.of(HourOfWeekBaseline.class).createSerializer(new SerializerConfigImpl());
    assertThat(serializer).isInstanceOf(PojoSerializer.class);

    HourOfWeekBaseline fourWeeks = weeksOfHours(4);
    HourOfWeekBaseline aYear = weeksOfHours(52);
    HourOfWeekBaseline fiveYears = weeksOfHours(260);

    int size = serialized(serializer, new HourOfWeekBaseline()).length;
    assertThat(serialized(serializer, fourWeeks)).hasSize(size);
    assertThat(serialized(serializer, aYear)).hasSize(size);
    assertThat(serialized(serializer, fiveYears)).hasSize(size);
    byte[] bytes = serialized(serializer, aYear);
    assertThat(serializer.deserialize(new DataInputDeserializer(bytes))).isEqualTo(aYear);
  }

  @Test
  void shouldPlaceHoursInTheLocalWeekStartingOnMonday() {
    ZoneId madrid = ZoneId.of("Europe/Madrid");

    assertThat(HourOfWeek.slot(Instant.parse("2024-01-14T23:00:00Z"), madrid)).isZero();
    assertThat(HourOfWeek.slot(Instant.parse("2024-01-15T10:30:00Z"), madrid)).isEqualTo(11);
    assertThat(HourOfWeek.slot(Instant.parse("2024-01-21T22:00:00Z"), madrid)).isEqualTo(167);
  }

  private static HourOfWeekBaseline weeksOfHours(int weeks) {
    HourOfWeekBaseline baseline = new HourOfWeekBaseline();
    for (int week = 0; week < weeks; week++) {
      for (int slot = 0; slot < HourOfWeek.SLOTS; slot++) {
        baseline.learn(slot, 0.5 + (slot + week) % 7 * 0.1, ALPHA, WARM_UP, CLIP, FLOOR, 1);
      }
    }
    return baseline;
  }

  private static void learn(HourOfWeekBaseline baseline, int slot, double... weeks) {
    for (double kwh : weeks) {
      baseline.learn(slot, kwh, ALPHA, WARM_UP, CLIP, FLOOR, 1);
    }
  }

  private static byte[] serialized(
      TypeSerializer<HourOfWeekBaseline> serializer, HourOfWeekBaseline baseline) throws Exception {
    DataOutputSerializer out = new DataOutputSerializer(4096);
    serializer.serialize(baseline, out);
    return out.getCopyOfBuffer();
  }
}
