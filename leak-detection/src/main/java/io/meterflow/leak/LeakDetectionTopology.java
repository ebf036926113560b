package io.meterflow.leak;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.meter.DeviceUpdateWatermarks;
import io.meterflow.leak.config.LeakDetectionSettings;
import io.meterflow.leak.detector.CountingFilter;
import io.meterflow.leak.detector.FlowAlarmFunction;
import io.meterflow.leak.detector.MeterCodeAlarmFunction;
import io.meterflow.leak.detector.MeterKeys;
import io.meterflow.leak.interval.WaterIntervals;
import io.meterflow.leak.metercode.CodeReadings;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;

/**
 * The leak-detection job (SPEC.md 4.3) as a function of its input streams: water intervals and
 * meter readings in, water alarms out. Pure of I/O: {@code jobs/} attaches the sources and sinks.
 *
 * <pre>
 * intervals --filter water PT15M/PT1H--keyBy meter--+
 *                                                  +-- connect --> flow rules  --+
 * devices ------------------------keyBy meter------+                             +--> alarms
 *                                                  +-- connect --> meter codes --+
 * readings --filter water/event registers--keyBy meter--+
 * </pre>
 *
 * <p>The inputs must carry event-time timestamps and watermarks: intervals at their end, readings
 * at their reading time. Sources can use {@link #watermarkStrategy} and {@link
 * #readingWatermarkStrategy}. Devices take no part in event time: the topology places them with
 * {@link DeviceUpdateWatermarks} itself, whatever their source did. Alarms carry the event time of
 * the data that caused them.
 */
public final class LeakDetectionTopology {

  private LeakDetectionTopology() {}

  public static DataStream<MeterAlarm> build(
      DataStream<IntervalConsumption> intervals,
      DataStream<MeterReading> readings,
      DataStream<DeviceInfo> devices,
      LeakDetectionSettings settings) {
    KeyedStream<DeviceInfo, String> devicesByMeter =
        devices
            .assignTimestampsAndWatermarks(DeviceUpdateWatermarks.strategy())
            .uid("leak-device-watermarks")
            .name("Device updates outside event time")
            .keyBy(MeterKeys.ofDevice(), Types.STRING);

    DataStream<MeterAlarm> flowAlarms =
        intervals
            .filter(new CountingFilter<>("intervals", WaterIntervals::isLeakInput))
            .uid("leak-water-intervals")
            .name("Water intervals (PT15M, PT1H)")
            .keyBy(MeterKeys.ofInterval(), Types.STRING)
            .connect(devicesByMeter)
            .process(new FlowAlarmFunction(settings))
            .uid("leak-flow-rules")
            .name("Flow rules: continuous flow, burst, night flow");

    DataStream<MeterAlarm> codeAlarms =
        readings
            .filter(new CountingFilter<>("readings", CodeReadings::mayCarryWaterCode))
            .uid("leak-code-readings")
            .name("Readings of water and event registers")
            .keyBy(MeterKeys.ofReading(), Types.STRING)
            .connect(devicesByMeter)
            .process(new MeterCodeAlarmFunction(settings))
            .uid("leak-meter-codes")
            .name("Meter codes");

    return flowAlarms.union(codeAlarms);
  }

  /**
   * Watermarks for the intervals: timestamps at the interval end, bounded out-of-orderness, and
   * idleness so that a quiet partition does not stall event time.
   */
  public static WatermarkStrategy<IntervalConsumption> watermarkStrategy(
      LeakDetectionSettings settings) {
    return bounded(settings, (interval, ts) -> interval.getIntervalEnd().toEpochMilli());
  }

  /** Watermarks for the readings: timestamps at the reading time. */
  public static WatermarkStrategy<MeterReading> readingWatermarkStrategy(
      LeakDetectionSettings settings) {
    return bounded(settings, (reading, ts) -> reading.getReadingTime().toEpochMilli());
  }

  private static <T> WatermarkStrategy<T> bounded(
      LeakDetectionSettings settings, SerializableTimestampAssigner<T> eventTime) {
    Duration outOfOrderness = settings.maxOutOfOrderness();
    return WatermarkStrategy.<T>forBoundedOutOfOrderness(outOfOrderness)
        .withTimestampAssigner(eventTime)
        .withIdleness(settings.idleness());
  }
}
