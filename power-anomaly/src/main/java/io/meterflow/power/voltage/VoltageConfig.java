package io.meterflow.power.voltage;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.power.meter.Spans;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;

/**
 * The voltage-quality limits (EN 50160) and the severities of their alarms.
 *
 * @param window the mean voltage's tumbling window (10 min by default)
 * @param sagFraction below this share of nominal is a sag (0.9)
 * @param swellFraction above this share of nominal is a swell (1.1)
 * @param interruptionFraction below this share of nominal is an interruption (0.05)
 * @param defaultNominalVoltage phase voltage (V) of a meter whose DeviceInfo gives none
 */
public record VoltageConfig(
    Duration window,
    double sagFraction,
    double swellFraction,
    double interruptionFraction,
    double defaultNominalVoltage,
    AlarmSeverity sagSeverity,
    AlarmSeverity swellSeverity,
    AlarmSeverity interruptionSeverity)
    implements Serializable {

  /** The meter's nominal phase voltage, or the default when its DeviceInfo gives none. */
  public double nominalVoltage(DeviceInfo device) {
    Double nominal = device == null ? null : device.getNominalVoltage();
    return nominal != null && nominal > 0 ? nominal : defaultNominalVoltage;
  }

  /** The mean's name in messages and operator names, from the window: "10-min mean". */
  public String meanName() {
    return Spans.describe(window).replace(' ', '-') + " mean";
  }

  /** The parameters recorded in the alarms. */
  public Map<String, String> parameters() {
    return Map.of(
        "window", window.toString(),
        "sagFraction", Double.toString(sagFraction),
        "swellFraction", Double.toString(swellFraction),
        "interruptionFraction", Double.toString(interruptionFraction));
  }
}
