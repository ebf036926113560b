package io.meterflow.periodize.device;

import io.meterflow.contracts.DeviceInfo;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Device master data takes no part in event time: its stream always reports the end of time, so
 * that the reading-time watermark alone drives the operators that join it (a two-input operator
 * follows the least watermark of its inputs, and a quiet devices topic would otherwise stall every
 * interval). Its records get the earliest timestamp, so that a BATCH run, which sorts keyed inputs
 * by timestamp, sees a meter's DeviceInfo before its readings.
 */
public final class DeviceUpdateWatermarks implements WatermarkGenerator<DeviceInfo> {

  private static final Watermark END_OF_TIME = new Watermark(Long.MAX_VALUE);

  private DeviceUpdateWatermarks() {}

  public static WatermarkStrategy<DeviceInfo> strategy() {
    return WatermarkStrategy.<DeviceInfo>forGenerator(context -> new DeviceUpdateWatermarks())
        .withTimestampAssigner((device, previous) -> 0L);
  }

  @Override
  public void onEvent(DeviceInfo event, long eventTimestamp, WatermarkOutput output) {
    output.emitWatermark(END_OF_TIME);
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    output.emitWatermark(END_OF_TIME);
  }
}
