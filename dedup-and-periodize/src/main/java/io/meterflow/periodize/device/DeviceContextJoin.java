package io.meterflow.periodize.device;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterReading;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Attaches to each reading the master data of its meter (zone, area, register digits, replacement
 * time), keyed by tenant and meter.
 *
 * <p>The latest DeviceInfo to arrive is the truth (the devices topic is compacted) and applies to
 * the readings processed after it; a reading of a meter whose DeviceInfo has not arrived yet is
 * periodized with the defaults (default zone, no digit limit, no replacement). The state is the
 * meter's master data: bounded by the fleet, replaced by every update, and deliberately without a
 * TTL, since expiring it would silently fall back to the defaults for a meter that still exists.
 */
public class DeviceContextJoin
    extends KeyedCoProcessFunction<String, MeterReading, DeviceInfo, SeriesReading> {

  private transient ValueState<DeviceInfo> device;

  @Override
  public void open(OpenContext openContext) {
    device =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("device", TypeInformation.of(DeviceInfo.class)));
  }

  @Override
  public void processElement1(MeterReading reading, Context ctx, Collector<SeriesReading> out)
      throws Exception {
    out.collect(SeriesReading.of(reading, device.value()));
  }

  @Override
  public void processElement2(DeviceInfo update, Context ctx, Collector<SeriesReading> out)
      throws Exception {
    device.update(update);
  }
}
