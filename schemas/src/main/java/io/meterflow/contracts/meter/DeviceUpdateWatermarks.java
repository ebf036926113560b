package io.meterflow.contracts.meter;

import io.meterflow.contracts.DeviceInfo;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Device master data takes no part in event time once it has been read: its stream never emits a
 * watermark, and reports itself idle, so that the data's watermark alone drives the operators that
 * join it. A two-input operator follows the least watermark of its <em>active</em> inputs: a
 * devices stream holding a watermark would either stall every interval while the topic is quiet (a
 * low one) or, once the data goes quiet for the idleness timeout, become the only active input and
 * push the join to its own watermark, making every later record late (a high one).
 *
 * <p>At start-up it is the other way round: until the compacted topic has been read (no device
 * record for {@link #BOOTSTRAP_QUIET} of processing time), the stream stays active without a
 * watermark and so holds the joined operators' event time back. Rules that act on the watermark
 * then see a meter's DeviceInfo (fuse, Q3, zone) before its first data, even when a job starts on a
 * backlog without state.
 *
 * <p>Its records get the earliest timestamp, so that a BATCH run, which sorts keyed inputs by
 * timestamp, sees a meter's DeviceInfo before its readings.
 */
public final class DeviceUpdateWatermarks implements WatermarkGenerator<DeviceInfo> {

  /**
   * How long the devices stream must be quiet after start-up before it counts as read. Long enough
   * for a broker's fetch pauses, short against a job's lifetime.
   */
  public static final Duration BOOTSTRAP_QUIET = Duration.ofSeconds(10);

  private final LongSupplier clock;
  private final long quietMillis;
  private long lastActivity;
  private boolean bootstrapped;

  DeviceUpdateWatermarks(LongSupplier clock, Duration bootstrapQuiet) {
    this.clock = clock;
    this.quietMillis = bootstrapQuiet.toMillis();
    this.lastActivity = clock.getAsLong();
  }

  public static WatermarkStrategy<DeviceInfo> strategy() {
    return WatermarkStrategy.<DeviceInfo>forGenerator(
            context -> new DeviceUpdateWatermarks(System::currentTimeMillis, BOOTSTRAP_QUIET))
        .withTimestampAssigner((device, previous) -> 0L);
  }

  @Override
  public void onEvent(DeviceInfo event, long eventTimestamp, WatermarkOutput output) {
    if (bootstrapped) {
      output.markIdle();
    } else {
      lastActivity = clock.getAsLong();
    }
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    if (!bootstrapped && clock.getAsLong() - lastActivity >= quietMillis) {
      bootstrapped = true;
    }
    if (bootstrapped) {
      output.markIdle();
    }
  }
}
