package io.meterflow.jobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

/**
 * What a test expects of one step of an alarm episode on {@code meter.alarms}: whom it is about,
 * the rule, the step, its times and its evidence (the message and parameters are left to the rules'
 * own tests).
 *
 * @param endTime null but on CLEARED
 */
public record AlarmStep(
    String meterId,
    String areaId,
    AlarmType type,
    AlarmSeverity severity,
    AlarmStatus status,
    int sequence,
    Instant startTime,
    Instant eventTime,
    Instant endTime,
    Map<String, Double> evidence) {

  /** Evidence is computed in floating point, by sums: equal to within this. */
  private static final double EVIDENCE_TOLERANCE = 1e-9;

  public static AlarmStep of(MeterAlarm alarm) {
    return new AlarmStep(
        alarm.getMeterId(),
        alarm.getAreaId(),
        alarm.getType(),
        alarm.getSeverity(),
        alarm.getStatus(),
        alarm.getSequence(),
        alarm.getStartTime(),
        alarm.getEventTime(),
        alarm.getEndTime(),
        Map.copyOf(alarm.getEvidence()));
  }

  /** The expected steps of one episode, built in order: RAISED, any UPDATED, CLEARED. */
  public static Episode episode(
      String meterId, String areaId, AlarmType type, AlarmSeverity severity, Instant startTime) {
    return new Episode(meterId, areaId, type, severity, startTime);
  }

  /** Collects the steps of one episode, numbering them. */
  public static final class Episode {
    private final String meterId;
    private final String areaId;
    private final AlarmType type;
    private final AlarmSeverity severity;
    private final Instant startTime;
    private final List<AlarmStep> steps = new ArrayList<>();

    private Episode(
        String meterId, String areaId, AlarmType type, AlarmSeverity severity, Instant startTime) {
      this.meterId = meterId;
      this.areaId = areaId;
      this.type = type;
      this.severity = severity;
      this.startTime = startTime;
    }

    public Episode raised(Instant eventTime, Map<String, Double> evidence) {
      return step(AlarmStatus.RAISED, eventTime, null, evidence);
    }

    public Episode updated(Instant eventTime, Map<String, Double> evidence) {
      return step(AlarmStatus.UPDATED, eventTime, null, evidence);
    }

    public Episode cleared(Instant endTime, Instant eventTime, Map<String, Double> evidence) {
      return step(AlarmStatus.CLEARED, eventTime, endTime, evidence);
    }

    public List<AlarmStep> steps() {
      return List.copyOf(steps);
    }

    private Episode step(
        AlarmStatus status, Instant eventTime, Instant endTime, Map<String, Double> evidence) {
      steps.add(
          new AlarmStep(
              meterId,
              areaId,
              type,
              severity,
              status,
              steps.size(),
              startTime,
              eventTime,
              endTime,
              evidence));
      return this;
    }
  }

  /**
   * Asserts that the alarms are exactly the expected steps, in any order, with the evidence to
   * within rounding.
   */
  public static void assertExactly(List<MeterAlarm> alarms, List<AlarmStep> expected) {
    Comparator<Double> closeEnough =
        (a, b) -> Math.abs(a - b) <= EVIDENCE_TOLERANCE ? 0 : Double.compare(a, b);
    assertThat(alarms.stream().map(AlarmStep::of).toList())
        .usingRecursiveFieldByFieldElementComparator(
            RecursiveComparisonConfiguration.builder()
                .withComparatorForType(closeEnough, Double.class)
                .build())
        .containsExactlyInAnyOrderElementsOf(expected);
  }
}
