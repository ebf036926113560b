package io.meterflow.periodize.device;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.meter.MeterDevice;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Attaches to each reading the master data of its meter (zone, area, register digits, replacement
 * time), keyed by tenant and meter.
 *
 * <p>The meter's DeviceInfo is kept as {@link MeterDevice}: the newest issued ({@code updatedTime})
 * is the truth, so an older version the compacted topic replays after a newer one is ignored; it
 * applies to the readings processed after it. A reading of a meter whose DeviceInfo has not arrived
 * yet is periodized with the defaults (default zone, no digit limit, no replacement). The
 * DeviceInfo has its own processing-time TTL ({@code periodize.device-state-ttl}, 400 days),
 * renewed by every reading and update, so that a meter taken out of service leaves no state for
 * ever, while one that reports yearly keeps its master data.
 */
public class DeviceContextJoin
    extends KeyedCoProcessFunction<String, MeterReading, DeviceInfo, SeriesReading> {

  private final Duration deviceStateTtl;
  private transient MeterDevice device;

  /**
   * @param deviceStateTtl how long a meter's DeviceInfo is kept without a reading or an update
   */
  public DeviceContextJoin(Duration deviceStateTtl) {
    this.deviceStateTtl = deviceStateTtl;
  }

  @Override
  public void open(OpenContext openContext) {
    device = MeterDevice.open(getRuntimeContext(), deviceStateTtl);
  }

  @Override
  public void processElement1(MeterReading reading, Context ctx, Collector<SeriesReading> out)
      throws Exception {
    out.collect(SeriesReading.of(reading, device.current()));
  }

  @Override
  public void processElement2(DeviceInfo update, Context ctx, Collector<SeriesReading> out)
      throws Exception {
    device.update(update);
  }
}
