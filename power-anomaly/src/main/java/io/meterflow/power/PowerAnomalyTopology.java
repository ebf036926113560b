package io.meterflow.power;

import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.meter.DeviceUpdateWatermarks;
import io.meterflow.power.config.PowerAnomalySettings;
import io.meterflow.power.consumption.ConsumptionRulesFunction;
import io.meterflow.power.consumption.ElectricityIntervals;
import io.meterflow.power.meter.MeterKeys;
import io.meterflow.power.outage.AreaOutageFunction;
import io.meterflow.power.outage.PowerEvent;
import io.meterflow.power.reading.ElectricityReadings;
import io.meterflow.power.reading.ReadingRulesFunction;
import io.meterflow.power.voltage.MeanVoltage;
import io.meterflow.power.voltage.VoltageMean;
import io.meterflow.power.voltage.VoltageQualityFunction;
import io.meterflow.power.voltage.VoltageWindow;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * The power-anomaly job (SPEC.md 4.4) as a function of its input streams: electricity readings,
 * electricity intervals and device master data in, power alarms out. Pure of I/O: {@code jobs/}
 * attaches the sources and sinks.
 *
 * <pre>
 * devices --electricity--keyBy meter--------------------------+ (joined by each per-meter rule)
 * intervals --import/export <= PT1H--keyBy meter--connect--> consumption rules ---------------+
 *                  (IMPLAUSIBLE_CONSUMPTION, BASELINE_DEVIATION, ZERO_CONSUMPTION, REVERSE_FLOW)|
 * readings --electricity + power events--keyBy meter--connect--> reading rules ---------------+
 *                  (OUTAGE, COMMUNICATION_LOSS)  |                                            +--> alarms
 *                                               +--power events with area--keyBy area--> AREA_OUTAGE
 * readings --phase voltages--keyBy series--windows--mean--keyBy meter--connect-->           |
 *                  voltage quality (VOLTAGE_SAG, VOLTAGE_SWELL, INTERRUPTION) ----------------+
 * </pre>
 *
 * <p>The readings and intervals must carry event-time timestamps and watermarks: readings at their
 * reading time, intervals at their end. Sources can use {@link #watermarkStrategy} (the intervals)
 * and {@link #readingWatermarkStrategy}. Devices take no part in event time: the topology places
 * them with {@link DeviceUpdateWatermarks} itself, which stamps every DeviceInfo 0 (so that a BATCH
 * run sees it before the meter's data) and emits no watermark while reporting the stream idle, so
 * that each rule operator follows the watermark of its data alone. Every rule sees a meter's data
 * in event-time order once the watermark passes it; deadlines ("no reading for 6 h") are event-time
 * too, so the topology runs unchanged in BATCH mode for backfills, where the silence after the last
 * data of the input raises nothing. Alarms carry the event time of the data that caused them. Phase
 * voltages later than the watermark miss their window and are dropped (the window operator's {@code
 * numLateRecordsDropped} metric counts them).
 */
public final class PowerAnomalyTopology {

  private PowerAnomalyTopology() {}

  public static DataStream<MeterAlarm> build(
      DataStream<MeterReading> readings,
      DataStream<IntervalConsumption> intervals,
      DataStream<DeviceInfo> devices,
      PowerAnomalySettings settings) {
    KeyedStream<DeviceInfo, String> devicesByMeter =
        devices
            .assignTimestampsAndWatermarks(DeviceUpdateWatermarks.strategy())
            .uid("power-device-watermarks")
            .name("Device updates outside event time")
            .filter(device -> device.getCommodity() == Commodity.ELECTRICITY)
            .uid("power-electricity-devices")
            .name("Electricity meters' DeviceInfo")
            .keyBy(MeterKeys.ofDevice(), Types.STRING);

    DataStream<MeterAlarm> consumptionAlarms =
        intervals
            .filter(ElectricityIntervals::isRuleInput)
            .uid("power-electricity-intervals")
            .name("Electricity import and export intervals (up to PT1H)")
            .keyBy(MeterKeys.ofInterval(), Types.STRING)
            .connect(devicesByMeter)
            .process(new ConsumptionRulesFunction(settings))
            .uid("power-consumption-rules")
            .name("Consumption rules: implausible, baseline deviation, zero, reverse flow");

    SingleOutputStreamOperator<MeterAlarm> readingAlarms =
        readings
            .filter(ElectricityReadings::isRuleInput)
            .uid("power-electricity-readings")
            .name("Electricity readings and power events")
            .keyBy(MeterKeys.ofReading(), Types.STRING)
            .connect(devicesByMeter)
            .process(new ReadingRulesFunction(settings))
            .uid("power-reading-rules")
            .name("Reading rules: outage, communication loss");

    DataStream<MeterAlarm> areaAlarms =
        readingAlarms
            .getSideOutput(ReadingRulesFunction.POWER_EVENTS)
            .keyBy(PowerAnomalyTopology::areaKey, Types.STRING)
            .process(new AreaOutageFunction(settings))
            .uid("power-area-outage")
            .name("Area outage");

    DataStream<MeterAlarm> voltageAlarms =
        readings
            .filter(MeanVoltage::isPhaseVoltage)
            .uid("power-phase-voltages")
            .name("Phase voltages")
            .keyBy(
                reading ->
                    RecordKeys.series(
                        reading.getTenant(), reading.getMeterId(), reading.getRegister()),
                Types.STRING)
            .window(TumblingEventTimeWindows.of(settings.voltage().window()))
            .aggregate(new MeanVoltage(), new VoltageWindow())
            .uid("power-voltage-means")
            .name(settings.voltage().meanName() + " voltage per phase")
            .keyBy(PowerAnomalyTopology::meterKey, Types.STRING)
            .connect(devicesByMeter)
            .process(new VoltageQualityFunction(settings))
            .uid("power-voltage-quality")
            .name("Voltage quality: sag, swell, interruption");

    return consumptionAlarms.union(readingAlarms, areaAlarms, voltageAlarms);
  }

  /**
   * Watermarks for the intervals: timestamps at the interval end, bounded out-of-orderness, and
   * idleness so that a quiet partition does not stall event time.
   */
  public static WatermarkStrategy<IntervalConsumption> watermarkStrategy(
      PowerAnomalySettings settings) {
    return bounded(settings, (interval, ts) -> interval.getIntervalEnd().toEpochMilli());
  }

  /** Watermarks for the readings: timestamps at the reading time. */
  public static WatermarkStrategy<MeterReading> readingWatermarkStrategy(
      PowerAnomalySettings settings) {
    return bounded(settings, (reading, ts) -> reading.getReadingTime().toEpochMilli());
  }

  private static <T> WatermarkStrategy<T> bounded(
      PowerAnomalySettings settings, SerializableTimestampAssigner<T> eventTime) {
    return WatermarkStrategy.<T>forBoundedOutOfOrderness(settings.maxOutOfOrderness())
        .withTimestampAssigner(eventTime)
        .withIdleness(settings.idleness());
  }

  private static String areaKey(PowerEvent event) {
    return RecordKeys.area(event.tenant(), event.areaId());
  }

  private static String meterKey(VoltageMean mean) {
    return RecordKeys.meter(mean.tenant(), mean.meterId());
  }
}
