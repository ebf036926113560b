package io.meterflow.leak.detector;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ids.RecordKeys;
import org.apache.flink.api.java.functions.KeySelector;

/** The meter key (tenant and meter) of each input, so that all of a meter meets in one place. */
public final class MeterKeys {

  private MeterKeys() {}

  public static KeySelector<IntervalConsumption, String> ofInterval() {
    return interval -> RecordKeys.meter(interval.getTenant(), interval.getMeterId());
  }

  public static KeySelector<MeterReading, String> ofReading() {
    return reading -> RecordKeys.meter(reading.getTenant(), reading.getMeterId());
  }

  public static KeySelector<DeviceInfo, String> ofDevice() {
    return device -> RecordKeys.meter(device.getTenant(), device.getMeterId());
  }
}
