package io.meterflow.jobs.simulate;

import io.meterflow.contracts.DeviceInfo;
import java.io.IOException;

/** Where a meter's simulation puts what the meter and its head-end send. */
interface MeterOutput {

  void reading(SimulatedReading reading) throws IOException;

  /** A new version of the meter's master data (after a replacement). */
  void device(DeviceInfo device) throws IOException;
}
