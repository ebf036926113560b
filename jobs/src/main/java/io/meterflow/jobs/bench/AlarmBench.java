package io.meterflow.jobs.bench;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.leak.LeakDetectionTopology;
import io.meterflow.leak.config.LeakDetectionSettings;
import io.meterflow.power.PowerAnomalyTopology;
import io.meterflow.power.config.PowerAnomalySettings;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * An alarm topology with its defaults: a fleet's readings and 15-minute intervals (one of each per
 * series and step) with its topology's event time, device master data, alarms discarded; the
 * records into its two keyed rule operators are counted.
 *
 * @param name the first word of its figures
 * @param meters the fleet's kind of meters
 * @param countedOperators its two keyed rule operators
 * @param readingTime the topology's event time of readings
 * @param intervalTime the topology's event time of intervals
 * @param rules the topology
 */
record AlarmBench(
    String name,
    FleetMeters meters,
    List<String> countedOperators,
    WatermarkStrategy<MeterReading> readingTime,
    WatermarkStrategy<IntervalConsumption> intervalTime,
    AlarmBench.Rules rules)
    implements BenchTopology {

  /** An alarm topology as a function of its three inputs. */
  interface Rules {
    DataStream<MeterAlarm> build(
        DataStream<MeterReading> readings,
        DataStream<IntervalConsumption> intervals,
        DataStream<DeviceInfo> devices);
  }

  /**
   * leak-detection on a water fleet. Every meter flows steadily, so the continuous-flow rule raises
   * alarms; no reading carries a meter code.
   */
  static AlarmBench leak() {
    LeakDetectionSettings settings = LeakDetectionSettings.defaults();
    return new AlarmBench(
        "leak",
        FleetMeters.WATER,
        List.of("Flow rules", "Meter codes"),
        LeakDetectionTopology.readingWatermarkStrategy(settings),
        LeakDetectionTopology.watermarkStrategy(settings),
        (readings, intervals, devices) ->
            LeakDetectionTopology.build(intervals, readings, devices, settings));
  }

  /**
   * power-anomaly on an electricity fleet (import energy). No phase voltages and no power events,
   * so the voltage windows and the area-outage rule stay idle.
   */
  static AlarmBench power() {
    PowerAnomalySettings settings = PowerAnomalySettings.defaults();
    return new AlarmBench(
        "power",
        FleetMeters.ELECTRICITY,
        List.of("Consumption rules", "Reading rules"),
        PowerAnomalyTopology.readingWatermarkStrategy(settings),
        PowerAnomalyTopology.watermarkStrategy(settings),
        (readings, intervals, devices) ->
            PowerAnomalyTopology.build(readings, intervals, devices, settings));
  }

  @Override
  public String countedStateName() {
    return "rules";
  }

  @Override
  public void attach(StreamExecutionEnvironment env, TopologySetup setup) {
    long series = setup.series();
    DataStream<MeterReading> readings =
        FleetStreams.endless(
            env, new FleetReadings(series, meters), MeterReading.class, "readings", readingTime);
    DataStream<IntervalConsumption> intervals =
        FleetStreams.endless(
            env,
            new FleetIntervals(series, meters),
            IntervalConsumption.class,
            "intervals",
            intervalTime);
    DataStream<DeviceInfo> devices = FleetStreams.devices(env, series, meters);
    FleetStreams.discard(rules.build(readings, intervals, devices), "alarms");
  }
}
