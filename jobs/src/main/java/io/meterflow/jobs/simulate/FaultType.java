package io.meterflow.jobs.simulate;

/**
 * What the simulator injects. The alarm faults carry the alarm type names of SPEC.md sections 4.3
 * and 4.4 exactly, so that a report can match detections to them by name; the data faults are what
 * the ingest and periodize stages must absorb without an alarm.
 */
public enum FaultType {
  CONTINUOUS_FLOW(true),
  BURST(true),
  NIGHT_FLOW(true),
  METER_CODE(true),
  IMPLAUSIBLE_CONSUMPTION(true),
  BASELINE_DEVIATION(true),
  ZERO_CONSUMPTION(true),
  REVERSE_FLOW(true),
  VOLTAGE_SAG(true),
  VOLTAGE_SWELL(true),
  INTERRUPTION(true),
  OUTAGE(true),
  AREA_OUTAGE(true),
  COMMUNICATION_LOSS(true),
  DUPLICATE(false),
  CROSS_SOURCE_DUPLICATE(false),
  OUT_OF_ORDER(false),
  LATE_READING(false),
  CORRUPT_RECORD(false),
  ROLLOVER(false),
  METER_REPLACEMENT(false),
  CORRECTION(false),
  DST_CHANGE(false);

  private final boolean alarm;

  FaultType(boolean alarm) {
    this.alarm = alarm;
  }

  /** True for the faults an alarm rule should raise on; false for data faults. */
  public boolean alarm() {
    return alarm;
  }
}
