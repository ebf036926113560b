package io.meterflow.jobs.simulate;

import java.time.Instant;
import java.util.List;

/**
 * One reading as a meter's head-end would pass it on, before it is written in a channel's format.
 *
 * @param registerCode the vendor's code of the register
 * @param value the value in the unit; 1 for an event
 * @param unit as the vendor sends it; "count" for an event
 * @param statusCodes the meter's info codes
 * @param kind what the reading is, which decides how faults of readings apply
 */
public record SimulatedReading(
    SimulatedMeter meter,
    String registerCode,
    double value,
    String unit,
    Instant time,
    List<String> statusCodes,
    Kind kind) {

  /** The index of the meter's main register, the other registers, or a meter event. */
  enum Kind {
    INDEX,
    OTHER,
    EVENT
  }

  SimulatedReading withValue(double newValue) {
    return new SimulatedReading(meter, registerCode, newValue, unit, time, statusCodes, kind);
  }

  SimulatedReading withTime(Instant newTime) {
    return new SimulatedReading(meter, registerCode, value, unit, newTime, statusCodes, kind);
  }

  SimulatedReading withRegisterCode(String newCode) {
    return new SimulatedReading(meter, newCode, value, unit, time, statusCodes, kind);
  }
}
