package io.meterflow.periodize.device;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.RegisterInfo;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.periodize.statement.SeriesContext;

/**
 * A reading with the master data of its meter that periodization needs (a Flink POJO: the reading
 * travels as Avro, the rest as plain fields, nothing through Kryo).
 */
public class SeriesReading {

  /** The reading as normalized. */
  public MeterReading reading;

  /** The meter's IANA zone; null for the configured default. */
  public String zone;

  /** The meter's network area; null when unknown. */
  public String areaId;

  /** Integer digits of the register (rollover at 10^digits); 0 when unknown. */
  public int digits;

  /** When the meter was replaced (epoch ms); SeriesContext.NEVER when never. */
  public long replacementTime = SeriesContext.NEVER;

  public SeriesReading() {}

  /** The reading with what the device (null when none is known yet) says about its series. */
  public static SeriesReading of(MeterReading reading, DeviceInfo device) {
    SeriesReading enriched = new SeriesReading();
    enriched.reading = reading;
    if (device != null) {
      enriched.zone = device.getTimezone();
      enriched.areaId = device.getAreaId();
      enriched.digits = digitsOf(device, reading);
      enriched.replacementTime =
          device.getReplacementTime() == null
              ? SeriesContext.NEVER
              : device.getReplacementTime().toEpochMilli();
    }
    return enriched;
  }

  /** The key of the reading's series: tenant, meter and register. */
  public String seriesKey() {
    return RecordKeys.series(reading.getTenant(), reading.getMeterId(), reading.getRegister());
  }

  private static int digitsOf(DeviceInfo device, MeterReading reading) {
    for (RegisterInfo register : device.getRegisters()) {
      if (register.getRegister() == reading.getRegister() && register.getDigits() != null) {
        return register.getDigits();
      }
    }
    return 0;
  }
}
