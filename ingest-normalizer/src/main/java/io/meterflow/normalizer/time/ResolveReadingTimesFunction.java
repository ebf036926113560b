package io.meterflow.normalizer.time;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterReading;
import io.meterflow.normalizer.NormalizerMetrics;
import io.meterflow.normalizer.mapping.ResolvedReading;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.reject.Rejects;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The last step of the normalizer, keyed by meter: joins readings with the meter's latest
 * DeviceInfo for its timezone, places them in time and emits the canonical readings.
 *
 * <p>Only the latest DeviceInfo per meter is kept (by updatedTime: an older version arriving late,
 * e.g. on a replay of the compacted topic, is ignored). Its state expires after a configurable time
 * without reads or updates, which frees the master data of decommissioned meters.
 */
public class ResolveReadingTimesFunction
    extends KeyedCoProcessFunction<String, ResolvedReading, DeviceInfo, MeterReading> {

  private static final long serialVersionUID = 1L;

  private final ReadingTimeResolver resolver;
  private final Duration deviceStateTtl;

  private transient ValueState<DeviceInfo> device;
  private transient Counter normalized;

  public ResolveReadingTimesFunction(ReadingTimeResolver resolver, Duration deviceStateTtl) {
    this.resolver = resolver;
    this.deviceStateTtl = deviceStateTtl;
  }

  @Override
  public void open(OpenContext openContext) {
    ValueStateDescriptor<DeviceInfo> descriptor =
        new ValueStateDescriptor<>("device", TypeInformation.of(DeviceInfo.class));
    descriptor.enableTimeToLive(
        StateTtlConfig.newBuilder(deviceStateTtl)
            .updateTtlOnReadAndWrite()
            .neverReturnExpired()
            .build());
    device = getRuntimeContext().getState(descriptor);
    normalized =
        NormalizerMetrics.group(getRuntimeContext().getMetricGroup())
            .counter(NormalizerMetrics.READINGS_NORMALIZED);
  }

  @Override
  public void processElement1(ResolvedReading reading, Context ctx, Collector<MeterReading> out)
      throws Exception {
    try {
      ResolvedTime time = resolver.resolve(reading, device.value());
      out.collect(reading.at(time.instant(), time.flags()));
      normalized.inc();
    } catch (RejectedInput rejected) {
      ctx.output(Rejects.TAG, Rejects.of(reading.source(), rejected.forTenant(reading.tenant())));
    }
  }

  @Override
  public void processElement2(DeviceInfo update, Context ctx, Collector<MeterReading> out)
      throws Exception {
    DeviceInfo current = device.value();
    if (current == null || !update.getUpdatedTime().isBefore(current.getUpdatedTime())) {
      device.update(update);
    }
  }
}
