package io.meterflow.power.voltage;

import io.meterflow.contracts.AlarmType;

/** Where a window's mean phase voltage lies against the EN 50160 limits. */
public enum VoltageClass {
  NORMAL(null),
  /** Below 90 % of nominal (and not interrupted). */
  SAG(AlarmType.VOLTAGE_SAG),
  /** Above 110 % of nominal. */
  SWELL(AlarmType.VOLTAGE_SWELL),
  /** Below 5 % of nominal: the supply is interrupted. */
  INTERRUPTION(AlarmType.INTERRUPTION);

  private final AlarmType alarmType;

  VoltageClass(AlarmType alarmType) {
    this.alarmType = alarmType;
  }

  /** The class of a mean voltage; the limits themselves are still inside. */
  public static VoltageClass of(double meanVolts, double nominalVolts, VoltageConfig limits) {
    double share = meanVolts / nominalVolts;
    if (share < limits.interruptionFraction()) {
      return INTERRUPTION;
    }
    if (share < limits.sagFraction()) {
      return SAG;
    }
    if (share > limits.swellFraction()) {
      return SWELL;
    }
    return NORMAL;
  }

  /** The alarm a class raises; null for NORMAL. */
  public AlarmType alarmType() {
    return alarmType;
  }
}
