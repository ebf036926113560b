package io.meterflow.power.meter;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.contracts.ids.RecordKeys;
import org.apache.flink.api.java.functions.KeySelector;

/** The meter key ({@link RecordKeys#meter}) of each input, so that all of a meter meets. */
public final class MeterKeys {

  private MeterKeys() {}

  public static KeySelector<MeterReading, String> ofReading() {
    return reading -> RecordKeys.meter(reading.getTenant(), reading.getMeterId());
  }

  public static KeySelector<IntervalConsumption, String> ofInterval() {
    return interval -> RecordKeys.meter(interval.getTenant(), interval.getMeterId());
  }

  public static KeySelector<DeviceInfo, String> ofDevice() {
    return device -> RecordKeys.meter(device.getTenant(), device.getMeterId());
  }

  /**
   * The meter a key names, as an alarm subject. The tenant ends at the first separator: the
   * normalizer rejects identifiers that contain it.
   */
  public static AlarmSubject subject(String meterKey, String areaId) {
    int separator = meterKey.indexOf(RecordKeys.SEPARATOR);
    return AlarmSubject.meter(
        meterKey.substring(0, separator), meterKey.substring(separator + 1), areaId);
  }
}
