package io.meterflow.contracts.meter;

import io.meterflow.contracts.DeviceInfo;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Device master data takes no part in event time: its stream never emits a watermark and reports
 * itself idle, so that the reading-time watermark alone drives the operators that join it. A
 * two-input operator follows the least watermark of its <em>active</em> inputs: a devices stream
 * holding a watermark would either stall every interval while the topic is quiet (a low one) or,
 * once the readings go quiet for the idleness timeout, become the only active input and push the
 * join to its own watermark, making every later reading late (a high one). Its records get the
 * earliest timestamp, so that a BATCH run, which sorts keyed inputs by timestamp, sees a meter's
 * DeviceInfo before its readings.
 */
public final class DeviceUpdateWatermarks implements WatermarkGenerator<DeviceInfo> {

  private DeviceUpdateWatermarks() {}

  public static WatermarkStrategy<DeviceInfo> strategy() {
    return WatermarkStrategy.<DeviceInfo>forGenerator(context -> new DeviceUpdateWatermarks())
        .withTimestampAssigner((device, previous) -> 0L);
  }

  @Override
  public void onEvent(DeviceInfo event, long eventTimestamp, WatermarkOutput output) {
    output.markIdle();
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    output.markIdle();
  }
}
