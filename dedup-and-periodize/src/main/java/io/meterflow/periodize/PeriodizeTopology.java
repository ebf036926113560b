package io.meterflow.periodize;

import io.meterflow.contracts.ConsumptionAggregate;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.meter.DeviceUpdateWatermarks;
import io.meterflow.periodize.aggregate.AggregateContribution;
import io.meterflow.periodize.aggregate.ConsumptionAggregator;
import io.meterflow.periodize.device.DeviceContextJoin;
import io.meterflow.periodize.device.SeriesReading;
import io.meterflow.periodize.series.SeriesPeriodizer;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The dedup-and-periodize topology, free of I/O: normalized readings and device master data in;
 * accepted, late and rejected readings, intervals and aggregates out (SPEC.md section 4.2).
 *
 * <pre>
 * readings --keyBy meter--+
 *                         +--> attach device context --keyBy series--> deduplicate and periodize
 * devices  --keyBy meter--+                                              |  intervals (main)
 *                                                                        |  accepted / late / rejected
 *                                                                        +--> contributions
 *                                                                   --keyBy aggregate--> aggregates
 * </pre>
 */
public final class PeriodizeTopology {

  private PeriodizeTopology() {}

  /**
   * The watermarks the job needs on its readings: bounded out-of-orderness on the reading time,
   * with idleness so that a quiet partition or file does not stall event time.
   */
  public static WatermarkStrategy<MeterReading> watermarkStrategy(PeriodizeSettings settings) {
    return WatermarkStrategy.<MeterReading>forBoundedOutOfOrderness(settings.outOfOrderness())
        .withTimestampAssigner((reading, previous) -> reading.getReadingTime().toEpochMilli())
        .withIdleness(settings.idleness());
  }

  /** The topology over readings that already carry watermarks from their source. */
  public static PeriodizeOutputs build(
      DataStream<MeterReading> normalized,
      DataStream<DeviceInfo> devices,
      PeriodizeSettings settings) {
    return build(normalized, devices, settings, WatermarkPlacement.AT_SOURCE);
  }

  /**
   * The topology. With {@link WatermarkPlacement#AT_SOURCE} the caller has set {@link
   * #watermarkStrategy} on its source (per Kafka partition, the better choice); with {@link
   * WatermarkPlacement#IN_TOPOLOGY} the topology assigns it to the readings stream.
   */
  public static PeriodizeOutputs build(
      DataStream<MeterReading> normalized,
      DataStream<DeviceInfo> devices,
      PeriodizeSettings settings,
      WatermarkPlacement placement) {
    DataStream<MeterReading> readings =
        placement == WatermarkPlacement.IN_TOPOLOGY
            ? normalized
                .assignTimestampsAndWatermarks(watermarkStrategy(settings))
                .uid("periodize-reading-watermarks")
                .name("Reading-time watermarks")
            : normalized;
    DataStream<DeviceInfo> deviceUpdates =
        devices
            .assignTimestampsAndWatermarks(DeviceUpdateWatermarks.strategy())
            .uid("periodize-device-watermarks")
            .name("Device updates outside event time");

    SingleOutputStreamOperator<SeriesReading> enriched =
        readings
            .keyBy(r -> RecordKeys.meter(r.getTenant(), r.getMeterId()), Types.STRING)
            .connect(
                deviceUpdates.keyBy(
                    d -> RecordKeys.meter(d.getTenant(), d.getMeterId()), Types.STRING))
            .process(
                new DeviceContextJoin(settings.deviceStateTtl()),
                TypeInformation.of(SeriesReading.class))
            .uid("periodize-device-context")
            .name("Attach device context");

    SingleOutputStreamOperator<IntervalConsumption> intervals =
        enriched
            .keyBy(SeriesReading::seriesKey, Types.STRING)
            .process(new SeriesPeriodizer(settings), TypeInformation.of(IntervalConsumption.class))
            .uid("periodize-series")
            .name("Deduplicate and periodize series");

    SingleOutputStreamOperator<ConsumptionAggregate> aggregates =
        intervals
            .getSideOutput(SeriesPeriodizer.CONTRIBUTIONS)
            .keyBy(AggregateContribution::aggregateKey, Types.STRING)
            .process(
                new ConsumptionAggregator(settings), TypeInformation.of(ConsumptionAggregate.class))
            .uid("periodize-aggregates")
            .name("Aggregate consumption");

    return new PeriodizeOutputs(
        intervals.getSideOutput(SeriesPeriodizer.ACCEPTED),
        intervals.getSideOutput(SeriesPeriodizer.LATE),
        intervals.getSideOutput(SeriesPeriodizer.REJECTED),
        intervals,
        aggregates);
  }
}
