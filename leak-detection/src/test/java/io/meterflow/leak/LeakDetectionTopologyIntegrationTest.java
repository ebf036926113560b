package io.meterflow.leak;

import static io.meterflow.leak.testing.WaterFixtures.TOILET_M3_PER_H;
import static io.meterflow.leak.testing.WaterFixtures.hour;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.leak.config.LeakDetectionSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole topology on a mini cluster, with the default settings, over a few simulated households
 * in Madrid: a running toilet (repaired on day four), a pipe that bursts for an hour, a dripping
 * tap for a week (too small for continuous flow, seen at night), a family that uses water normally
 * and stands still at night, and a smart meter that flags a leak itself.
 */
class LeakDetectionTopologyIntegrationTest {

  @RegisterExtension
  static final MiniClusterExtension MINI_CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final int DAYS = 4;

  /** A family's hourly use by UTC hour (local time is one hour later): standstill at night. */
  private static final double[] FAMILY_DAY = {
    0, 0, 0, 0, 0, 0.03125, 0.0625, 0.015625, 0.0078125, 0.0078125, 0, 0.03125, 0.015625, 0,
    0.0078125, 0.0078125, 0, 0.015625, 0.03125, 0.0625, 0.03125, 0.015625, 0, 0
  };

  private static final Instant BURST_START = hour(24 + 14);

  @Test
  void shouldRaiseExactlyTheAlarmsOfTheHouseholdsThatLeak() throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    LeakDetectionSettings settings = LeakDetectionSettings.defaults();

    List<IntervalConsumption> intervals = new ArrayList<>();
    intervals.addAll(toiletHousehold());
    intervals.addAll(burstHousehold());
    intervals.addAll(dripHousehold());
    intervals.addAll(family("family"));
    intervals.addAll(family("smart"));
    intervals.add(
        ContractFixtures.interval(
                Register.ELECTRICITY_IMPORT_ENERGY, hour(0), Duration.ofHours(1), 9)
            .setMeterId("family")
            .build());
    // Upstream delivers intervals about in event-time order: a household days behind the others
    // would be later than the watermark's bound, and late intervals do not raise alarms.
    intervals.sort(Comparator.comparing(IntervalConsumption::getIntervalEnd));

    DataStream<IntervalConsumption> intervalStream =
        source(
            env,
            "intervals",
            intervals,
            IntervalConsumption.class,
            LeakDetectionTopology.watermarkStrategy(settings));
    DataStream<MeterReading> readingStream =
        source(
            env,
            "readings",
            smartMeterReadings(),
            MeterReading.class,
            LeakDetectionTopology.readingWatermarkStrategy(settings));
    // As jobs/ reads the compacted topic: the topology takes devices out of event time itself.
    DataStream<DeviceInfo> deviceStream =
        source(env, "devices", devices(), DeviceInfo.class, WatermarkStrategy.noWatermarks());

    // Far more than expected, so that an alarm storm would show.
    List<MeterAlarm> alarms =
        new ArrayList<>(
            LeakDetectionTopology.build(intervalStream, readingStream, deviceStream, settings)
                .executeAndCollect("leak detection", 1000));
    alarms.sort(
        Comparator.comparing(MeterAlarm::getMeterId)
            .thenComparing(MeterAlarm::getType)
            .thenComparing(MeterAlarm::getSequence));

    Instant smartLeak = hour(30);
    assertThat(alarms)
        .extracting(LeakDetectionTopologyIntegrationTest::describe)
        .containsExactly(
            "burst BURST RAISED 0 start="
                + BURST_START
                + " at="
                + minutes(BURST_START, 30)
                + " end=null",
            "burst BURST UPDATED 1 start="
                + BURST_START
                + " at="
                + minutes(BURST_START, 45)
                + " end=null",
            "burst BURST UPDATED 2 start="
                + BURST_START
                + " at="
                + minutes(BURST_START, 60)
                + " end=null",
            "burst BURST CLEARED 3 start="
                + BURST_START
                + " at="
                + minutes(BURST_START, 75)
                + " end="
                + minutes(BURST_START, 60),
            "drip NIGHT_FLOW RAISED 0 start=" + hour(1) + " at=" + hour(147) + " end=null",
            "smart METER_CODE RAISED 0 start=" + smartLeak + " at=" + smartLeak + " end=null",
            "smart METER_CODE CLEARED 1 start="
                + smartLeak
                + " at="
                + hour(32)
                + " end="
                + hour(32),
            "toilet CONTINUOUS_FLOW RAISED 0 start=" + hour(0) + " at=" + hour(24) + " end=null",
            "toilet CONTINUOUS_FLOW UPDATED 1 start=" + hour(0) + " at=" + hour(29) + " end=null",
            "toilet CONTINUOUS_FLOW UPDATED 2 start=" + hour(0) + " at=" + hour(35) + " end=null",
            "toilet CONTINUOUS_FLOW UPDATED 3 start=" + hour(0) + " at=" + hour(42) + " end=null",
            "toilet CONTINUOUS_FLOW UPDATED 4 start=" + hour(0) + " at=" + hour(51) + " end=null",
            "toilet CONTINUOUS_FLOW UPDATED 5 start=" + hour(0) + " at=" + hour(62) + " end=null",
            "toilet CONTINUOUS_FLOW CLEARED 6 start="
                + hour(0)
                + " at="
                + hour(73)
                + " end="
                + hour(72));
    assertThat(alarms)
        .filteredOn(a -> a.getType() == AlarmType.CONTINUOUS_FLOW)
        .last()
        .satisfies(
            cleared ->
                assertThat(cleared.getEvidence())
                    .containsEntry("estimatedLeakedVolumeM3", 72 * TOILET_M3_PER_H)
                    .containsEntry("hoursWithoutStandstill", 72.0));
    assertThat(alarms).extracting(MeterAlarm::getAreaId).containsOnly(ContractFixtures.AREA);
  }

  /** The records in order, from one source subtask, with the topology's watermarks. */
  private static <T> DataStream<T> source(
      StreamExecutionEnvironment env,
      String name,
      List<T> records,
      Class<T> type,
      WatermarkStrategy<T> watermarks) {
    return env.fromData(records, TypeInformation.of(type))
        .setParallelism(1)
        .uid("test-" + name)
        .name("Test " + name)
        .assignTimestampsAndWatermarks(watermarks)
        .setParallelism(1)
        .uid("test-" + name + "-watermarks")
        .name("Test " + name + " watermarks");
  }

  private static String describe(MeterAlarm alarm) {
    return alarm.getMeterId()
        + " "
        + alarm.getType()
        + " "
        + alarm.getStatus()
        + " "
        + alarm.getSequence()
        + " start="
        + alarm.getStartTime()
        + " at="
        + alarm.getEventTime()
        + " end="
        + alarm.getEndTime();
  }

  private static Instant minutes(Instant from, int minutes) {
    return from.plus(Duration.ofMinutes(minutes));
  }

  private static List<DeviceInfo> devices() {
    List<DeviceInfo> devices = new ArrayList<>();
    for (String meter : List.of("toilet", "burst", "drip", "family", "smart")) {
      devices.add(ContractFixtures.waterMeter().setMeterId(meter).build());
    }
    return devices;
  }

  private static IntervalConsumption hourly(String meter, int hour, double m3) {
    return ContractFixtures.hourlyWater(hour(hour), m3).setMeterId(meter).build();
  }

  /** Normal use, every hour of the simulated days. */
  private static List<IntervalConsumption> family(String meter) {
    List<IntervalConsumption> hours = new ArrayList<>();
    for (int h = 0; h < DAYS * 24; h++) {
      hours.add(hourly(meter, h, FAMILY_DAY[h % 24]));
    }
    return hours;
  }

  /** Normal use and a tap dripping 3.9 L/h for eight days: seven flowing nights raise. */
  private static List<IntervalConsumption> dripHousehold() {
    List<IntervalConsumption> hours = new ArrayList<>();
    for (int h = 0; h < 8 * 24; h++) {
      hours.add(hourly("drip", h, FAMILY_DAY[h % 24] + 0.00390625));
    }
    return hours;
  }

  /** Normal use on top of a running toilet, until it is repaired at the start of day four. */
  private static List<IntervalConsumption> toiletHousehold() {
    List<IntervalConsumption> hours = new ArrayList<>();
    for (int h = 0; h < DAYS * 24; h++) {
      double toilet = h < 72 ? TOILET_M3_PER_H : 0;
      hours.add(hourly("toilet", h, FAMILY_DAY[h % 24] + toilet));
    }
    return hours;
  }

  /**
   * Normal use, metered every 15 minutes and every hour, and a pipe bursting at 1 m3/h for an hour
   * on day two.
   */
  private static List<IntervalConsumption> burstHousehold() {
    List<IntervalConsumption> intervals = new ArrayList<>();
    for (int h = 0; h < DAYS * 24; h++) {
      boolean bursting = hour(h).equals(BURST_START);
      double m3 = bursting ? 1.0 : FAMILY_DAY[h % 24];
      intervals.add(hourly("burst", h, m3));
      for (int q = 0; q < 4; q++) {
        intervals.add(
            ContractFixtures.interval(
                    Register.WATER_VOLUME, minutes(hour(h), 15 * q), Duration.ofMinutes(15), m3 / 4)
                .setMeterId("burst")
                .build());
      }
    }
    return intervals;
  }

  /** A smart meter that flags LEAK itself on two reads of day two, then no more. */
  private static List<MeterReading> smartMeterReadings() {
    List<MeterReading> readings = new ArrayList<>();
    for (int h = 28; h <= 34; h++) {
      List<ReadingFlag> flags = h == 30 || h == 31 ? List.of(ReadingFlag.LEAK) : List.of();
      readings.add(
          ContractFixtures.waterIndex(hour(h), 100 + h)
              .setMeterId("smart")
              .setFlags(flags)
              .build());
    }
    return readings;
  }
}
