package io.meterflow.contracts.meter;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.testing.ContractFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

class DeviceUpdateWatermarksTest {

  private static final DeviceInfo DEVICE = ContractFixtures.device(Commodity.WATER).build();

  private final AtomicLong now = new AtomicLong(1_000);
  private final RecordedOutput output = new RecordedOutput();
  private final DeviceUpdateWatermarks generator =
      new DeviceUpdateWatermarks(now::get, Duration.ofSeconds(10));

  @Test
  void shouldHoldEventTimeBackWhileTheDevicesAreStillBeingRead() {
    now.addAndGet(6_000);
    generator.onEvent(DEVICE, 0, output);
    now.addAndGet(6_000);
    generator.onPeriodicEmit(output);
    generator.onEvent(DEVICE, 0, output);
    now.addAndGet(9_999);
    generator.onPeriodicEmit(output);

    assertThat(output.events).as("active, no watermark: the joins wait").isEmpty();
  }

  @Test
  void shouldGoIdleOnceTheDevicesHaveBeenQuietAfterStartUp() {
    generator.onEvent(DEVICE, 0, output);
    now.addAndGet(10_000);
    generator.onPeriodicEmit(output);

    assertThat(output.events).containsExactly("idle");
  }

  @Test
  void shouldStayIdleAndNeverEmitAWatermarkForLaterUpdates() {
    now.addAndGet(10_000);
    generator.onPeriodicEmit(output);
    generator.onEvent(DEVICE, 0, output);
    generator.onPeriodicEmit(output);

    assertThat(output.events).containsExactly("idle", "idle", "idle");
  }

  /** What the generator told Flink, in order. */
  private static final class RecordedOutput implements WatermarkOutput {
    private final List<String> events = new ArrayList<>();

    @Override
    public void emitWatermark(Watermark watermark) {
      events.add("watermark " + watermark.getTimestamp());
    }

    @Override
    public void markIdle() {
      events.add("idle");
    }

    @Override
    public void markActive() {
      events.add("active");
    }
  }
}
