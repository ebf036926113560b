package io.meterflow.power.baseline;

import static io.meterflow.power.testing.PowerFixtures.hour;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.power.config.PowerAnomalySettings;
import io.meterflow.power.testing.MeterHarness;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.runtime.PojoSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * Which baseline judges an hour, with the defaults (3 warm-up weeks, 3 warm-up days). Times are
 * UTC, counted from a Monday at midnight.
 */
class MeterBaselineTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final BaselineConfig DEFAULTS = PowerAnomalySettings.defaults().baseline();

  /** 10:00 on day {@code d} (0 is a Monday). */
  private static Instant tenOClock(int d) {
    return hour(d * 24L + 10);
  }

  @Test
  void shouldJudgeByTheHourOfDayOnceItHasSeenTheWarmUpDays() {
    MeterBaseline baseline = new MeterBaseline();
    learnDays(baseline, 0, 2, 1.0);

    assertThat(usual(baseline, 2)).isEmpty();

    learnDays(baseline, 2, 3, 1.0);

    assertThat(usual(baseline, 3)).contains(new UsualHour(BaselineKind.HOUR_OF_DAY, 1.0, 0.0));
  }

  @Test
  void shouldSwitchToTheHourOfWeekOnceItsSlotHasSeenTheWarmUpWeeks() {
    MeterBaseline baseline = new MeterBaseline();
    // Mondays at 2 kWh, every other weekday at 1 kWh: the hour of the week knows Mondays apart.
    for (int d = 0; d < 14; d++) {
      learn(baseline, DEFAULTS, tenOClock(d), d % 7 == 0 ? 2.0 : 1.0);
    }

    assertThat(usual(baseline, 14).map(UsualHour::kind)).contains(BaselineKind.HOUR_OF_DAY);

    learnDays(baseline, 14, 15, 2.0);

    assertThat(usual(baseline, 21)).contains(new UsualHour(BaselineKind.HOUR_OF_WEEK, 2.0, 0.0));
  }

  @Test
  void shouldNotJudgeAWeekendHourByWeekdaysAlone() {
    MeterBaseline baseline = new MeterBaseline();
    learnDays(baseline, 0, 5, 0.5);

    // Saturday: its slots have seen no weekend day.
    assertThat(usual(baseline, 5)).isEmpty();

    learnDays(baseline, 5, 6, 1.0);

    // Sunday: weekdays and the Saturday together, at their middle, spanning both levels.
    assertThat(usual(baseline, 6))
        .contains(new UsualHour(BaselineKind.HOUR_OF_DAY_ALL_DAYS, 0.75, 0.25));
  }

  @Test
  void shouldJudgeAHourOfAKindOfDayStillWarmingUpByBothKindsOfDayTogether() {
    MeterBaseline baseline = new MeterBaseline();
    // Thursday to Sunday, as a meter that starts late in the week: 2 weekdays and 2 weekend days.
    learnDays(baseline, 3, 5, 0.5);
    learnDays(baseline, 5, 7, 1.0);

    assertThat(usual(baseline, 7))
        .contains(new UsualHour(BaselineKind.HOUR_OF_DAY_ALL_DAYS, 0.75, 0.25));
  }

  @Test
  void shouldJudgeNothingBeforeTheWarmUpWeeksWithoutTheFallback() {
    BaselineConfig weeksOnly =
        MeterHarness.settings(Map.of("power.baseline.warm-up-days", "0")).baseline();
    MeterBaseline baseline = new MeterBaseline();
    for (int d = 0; d < 14; d++) {
      learn(baseline, weeksOnly, tenOClock(d), 1.0);
    }

    assertThat(baseline.usual(tenOClock(14), UTC, weeksOnly)).isEmpty();
    assertThat(baseline.getHourOfDay()).isEqualTo(SlotBaseline.hourOfDay());

    learn(baseline, weeksOnly, tenOClock(14), 1.0);

    assertThat(baseline.usual(tenOClock(21), UTC, weeksOnly).map(UsualHour::kind))
        .contains(BaselineKind.HOUR_OF_WEEK);
  }

  @Test
  void shouldKeepAFixedSerializedSizeWhateverTheDaysItHasSeen() throws Exception {
    TypeSerializer<MeterBaseline> serializer =
        TypeInformation.of(MeterBaseline.class).createSerializer(new SerializerConfigImpl());
    assertThat(serializer).isInstanceOf(PojoSerializer.class);

    MeterBaseline aDay = everyHour(1);
    MeterBaseline fourWeeks = everyHour(4 * 7);
    MeterBaseline fiveYears = everyHour(5 * 365);

    int size = serialized(serializer, new MeterBaseline()).length;
    assertThat(serialized(serializer, aDay)).hasSize(size);
    assertThat(serialized(serializer, fourWeeks)).hasSize(size);
    assertThat(serialized(serializer, fiveYears)).hasSize(size);
    byte[] bytes = serialized(serializer, fiveYears);
    assertThat(serializer.deserialize(new DataInputDeserializer(bytes))).isEqualTo(fiveYears);
  }

  /** Every hour of the given days, at a load that varies with the hour and the day. */
  private static MeterBaseline everyHour(int days) {
    MeterBaseline baseline = new MeterBaseline();
    for (int h = 0; h < days * 24; h++) {
      learn(baseline, DEFAULTS, hour(h), 0.5 + (h + h / 24) % 7 * 0.1);
    }
    return baseline;
  }

  /** 10:00 of days {@code from} (inclusive) to {@code to} (exclusive) at the given load. */
  private static void learnDays(MeterBaseline baseline, int from, int to, double kwh) {
    for (int d = from; d < to; d++) {
      learn(baseline, DEFAULTS, tenOClock(d), kwh);
    }
  }

  /** What 10:00 on day {@code d} is judged against, with the defaults. */
  private static Optional<UsualHour> usual(MeterBaseline baseline, int d) {
    return baseline.usual(tenOClock(d), UTC, DEFAULTS);
  }

  private static void learn(
      MeterBaseline baseline, BaselineConfig config, Instant start, double kwh) {
    baseline.learn(start, UTC, kwh, config, 1);
  }

  private static byte[] serialized(TypeSerializer<MeterBaseline> serializer, MeterBaseline baseline)
      throws Exception {
    DataOutputSerializer out = new DataOutputSerializer(4096);
    serializer.serialize(baseline, out);
    return out.getCopyOfBuffer();
  }
}
