package io.meterflow.jobs.bench;

import io.meterflow.contracts.DeviceInfo;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.lib.NumberSequenceSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Generated in-memory inputs of the throughput harness (a number sequence mapped to records, at
 * parallelism 1) and its discarding outputs.
 */
final class FleetStreams {

  private FleetStreams() {}

  /** An endless stream of the generator's records for 0, 1, 2, ..., without timestamps. */
  static <T> DataStream<T> endless(
      StreamExecutionEnvironment env, MapFunction<Long, T> generator, Class<T> type, String id) {
    return generated(env, Long.MAX_VALUE - 1, generator, type, id);
  }

  /** The same with event time from the strategy. */
  static <T> DataStream<T> endless(
      StreamExecutionEnvironment env,
      MapFunction<Long, T> generator,
      Class<T> type,
      String id,
      WatermarkStrategy<T> eventTime) {
    return endless(env, generator, type, id)
        .assignTimestampsAndWatermarks(eventTime)
        .setParallelism(1)
        .uid("bench-" + id + "-event-time")
        .name("Event time of fleet " + id);
  }

  /** The master data of the fleet's meters, once each, without timestamps. */
  static DataStream<DeviceInfo> devices(
      StreamExecutionEnvironment env, long series, FleetMeters meters) {
    return generated(env, series - 1, new FleetDevices(meters), DeviceInfo.class, "devices");
  }

  static <T> void discard(DataStream<T> stream, String output) {
    stream.sinkTo(new DiscardingSink<>()).uid("bench-discard-" + output).name("Discard " + output);
  }

  private static <T> DataStream<T> generated(
      StreamExecutionEnvironment env,
      long last,
      MapFunction<Long, T> generator,
      Class<T> type,
      String id) {
    return env.fromSource(
            new NumberSequenceSource(0, last),
            WatermarkStrategy.noWatermarks(),
            "Fleet " + id + " numbers")
        .setParallelism(1)
        .uid("bench-" + id + "-numbers")
        .map(generator, TypeInformation.of(type))
        .setParallelism(1)
        .uid("bench-" + id)
        .name("Fleet " + id);
  }
}
