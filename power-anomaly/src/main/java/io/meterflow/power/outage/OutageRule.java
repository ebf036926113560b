package io.meterflow.power.outage;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.power.meter.Spans;
import io.meterflow.power.meter.Verdict;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OUTAGE: a meter reports POWER_FAIL; POWER_RESTORED clears it. A meter that measures again after
 * the failure has power too, so its first measurement taken after the failure also clears the
 * alarm: a lost POWER_RESTORED must not leave an outage open for ever. A phase voltage below the
 * interruption limit is no such measurement: some meters log 0 V while the supply is off.
 */
public final class OutageRule implements Serializable {

  public static final String OUTAGE_MINUTES = "outageMinutes";

  private static final Set<Register> PHASES =
      EnumSet.of(Register.VOLTAGE_L1, Register.VOLTAGE_L2, Register.VOLTAGE_L3);

  private final AlarmSeverity severity;

  public OutageRule(AlarmSeverity severity) {
    this.severity = severity;
  }

  public static boolean reportsFailure(MeterReading reading) {
    return reading.getFlags().contains(ReadingFlag.POWER_FAIL);
  }

  public static boolean reportsRestoration(MeterReading reading) {
    return reading.getFlags().contains(ReadingFlag.POWER_RESTORED);
  }

  /** The meter reported POWER_FAIL; a repeat while the outage is open changes nothing. */
  public Verdict failed(Instant at) {
    return new Verdict.Holds(
        at, at, new AlarmFinding(severity, "The meter reported a power failure", Map.of()));
  }

  /** The meter reported POWER_RESTORED. */
  public Verdict restored(Instant at, Optional<MeterAlarm> open) {
    return ended(at, open, "The meter reported that power was restored");
  }

  /**
   * The meter took a measurement: it clears an outage that began before it, unless it is a phase
   * voltage below the interruption limit.
   *
   * @param interruptionVolts phase voltages below this are no sign of power
   */
  public Verdict measured(
      MeterReading reading, double interruptionVolts, Optional<MeterAlarm> open) {
    Instant at = reading.getReadingTime();
    boolean afterFailure = open.map(alarm -> at.isAfter(alarm.getStartTime())).orElse(false);
    boolean powerless =
        PHASES.contains(reading.getRegister()) && reading.getValue() < interruptionVolts;
    if (reading.getKind() == ReadingKind.EVENT || !afterFailure || powerless) {
      return Verdict.NONE;
    }
    return ended(at, open, "The meter measured again (no POWER_RESTORED received)");
  }

  private static Verdict ended(Instant at, Optional<MeterAlarm> open, String message) {
    if (open.isEmpty()) {
      return Verdict.NONE;
    }
    double minutes = Spans.hours(at.toEpochMilli() - open.get().getStartTime().toEpochMilli()) * 60;
    return new Verdict.Ended(at, at, message, Map.of(OUTAGE_MINUTES, minutes));
  }
}
