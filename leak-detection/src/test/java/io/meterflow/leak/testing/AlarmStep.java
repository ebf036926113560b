package io.meterflow.leak.testing;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import java.time.Instant;

/**
 * Which step of which episode an alarm is, for exact assertions: the rule, the status, the
 * severity, when the condition began and the event time of the step.
 */
public record AlarmStep(
    AlarmType type, AlarmStatus status, AlarmSeverity severity, Instant start, Instant at) {

  public static AlarmStep raised(
      AlarmType type, AlarmSeverity severity, Instant start, Instant at) {
    return new AlarmStep(type, AlarmStatus.RAISED, severity, start, at);
  }

  public static AlarmStep cleared(
      AlarmType type, AlarmSeverity severity, Instant start, Instant at) {
    return new AlarmStep(type, AlarmStatus.CLEARED, severity, start, at);
  }

  public static AlarmStep of(MeterAlarm alarm) {
    return new AlarmStep(
        alarm.getType(),
        alarm.getStatus(),
        alarm.getSeverity(),
        alarm.getStartTime(),
        alarm.getEventTime());
  }
}
