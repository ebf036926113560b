package io.meterflow.jobs.demo;

import io.meterflow.contracts.AlarmType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Matches the alarms the suite raised against the faults the simulator injected: an episode matches
 * a fault of the same type and tenant, on the same meter (on the same area for AREA_OUTAGE), when
 * the episode starts while the fault is in force, give or take the tolerance. Rules start an
 * episode where the condition began, but only on whole intervals, so the tolerance absorbs that
 * rounding.
 */
public final class DetectionScore {

  private final Duration tolerance;

  public DetectionScore(Duration tolerance) {
    this.tolerance = tolerance;
  }

  /** One score per alarm type of SPEC.md 4.3 and 4.4, in the order of the schema's enum. */
  public List<TypeScore> score(List<InjectedAlarm> injected, List<DetectedAlarm> detected) {
    List<TypeScore> scores = new ArrayList<>();
    for (AlarmType type : AlarmType.values()) {
      List<InjectedAlarm> faults = injected.stream().filter(f -> f.type() == type).toList();
      List<DetectedAlarm> alarms = detected.stream().filter(a -> a.type() == type).toList();
      int found =
          (int) faults.stream().filter(f -> alarms.stream().anyMatch(a -> matches(f, a))).count();
      int right =
          (int) alarms.stream().filter(a -> faults.stream().anyMatch(f -> matches(f, a))).count();
      scores.add(new TypeScore(type, faults.size(), alarms.size(), found, right));
    }
    return scores;
  }

  boolean matches(InjectedAlarm fault, DetectedAlarm alarm) {
    boolean sameSubject =
        fault.type() == AlarmType.AREA_OUTAGE
            ? Objects.equals(fault.areaId(), alarm.areaId())
            : Objects.equals(fault.meterId(), alarm.meterId());
    return fault.type() == alarm.type()
        && fault.tenant().equals(alarm.tenant())
        && sameSubject
        && !alarm.start().isBefore(fault.start().minus(tolerance))
        && !alarm.start().isAfter(fault.end().plus(tolerance));
  }
}
