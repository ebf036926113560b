package io.meterflow.contracts.alarm;

import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.ids.StableIds;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle of an alarm episode, shared by every alarm rule: one RAISED, UPDATED only when the
 * evidence changes materially, one CLEARED; never a storm of repeats.
 *
 * <p>The state of an open episode is simply the last {@link MeterAlarm} emitted for it, so a rule
 * keeps it in a {@code ValueState<MeterAlarm>} (Avro-serialized, schema-evolvable) and no second
 * state type is needed.
 */
public final class AlarmEpisode implements Serializable {

  private static final long serialVersionUID = 1L;

  private final double minRelativeChange;

  /**
   * @param minRelativeChange the relative change of any evidence value (0.2 = 20 %) that makes an
   *     UPDATED worth sending; a change of severity always does
   */
  public AlarmEpisode(double minRelativeChange) {
    if (!(minRelativeChange > 0)) {
      throw new IllegalArgumentException(
          "minRelativeChange must be above 0, was " + minRelativeChange);
    }
    this.minRelativeChange = minRelativeChange;
  }

  /** Opens an episode: the RAISED record, whose id is derived from subject, type and start. */
  public MeterAlarm raise(
      AlarmSubject subject,
      AlarmType type,
      Instant startTime,
      Instant eventTime,
      AlarmFinding finding,
      Map<String, String> parameters) {
    return MeterAlarm.newBuilder()
        .setAlarmId(StableIds.alarmId(subject.tenant(), subject.idPart(), type, startTime))
        .setTenant(subject.tenant())
        .setMeterId(subject.meterId())
        .setAreaId(subject.areaId())
        .setType(type)
        .setSeverity(finding.severity())
        .setStatus(AlarmStatus.RAISED)
        .setSequence(0)
        .setStartTime(startTime)
        .setEndTime(null)
        .setEventTime(eventTime)
        .setMessage(finding.message())
        .setEvidence(new HashMap<>(finding.evidence()))
        .setParameters(new HashMap<>(parameters))
        .build();
  }

  /**
   * The UPDATED record for an open episode, or empty when the finding does not differ materially
   * from what was last sent.
   */
  public Optional<MeterAlarm> update(MeterAlarm current, Instant eventTime, AlarmFinding finding) {
    requireOpen(current);
    if (!isMaterialChange(current, finding)) {
      return Optional.empty();
    }
    return Optional.of(next(current, AlarmStatus.UPDATED, eventTime, finding).build());
  }

  /** Closes an open episode: the CLEARED record, with the time the condition ended. */
  public MeterAlarm clear(
      MeterAlarm current, Instant endTime, Instant eventTime, AlarmFinding finding) {
    requireOpen(current);
    return next(current, AlarmStatus.CLEARED, eventTime, finding).setEndTime(endTime).build();
  }

  private MeterAlarm.Builder next(
      MeterAlarm current, AlarmStatus status, Instant eventTime, AlarmFinding finding) {
    Map<String, Double> evidence = new HashMap<>(current.getEvidence());
    evidence.putAll(finding.evidence());
    return MeterAlarm.newBuilder(current)
        .setStatus(status)
        .setSequence(current.getSequence() + 1)
        .setSeverity(finding.severity())
        .setEventTime(eventTime)
        .setMessage(finding.message())
        .setEvidence(evidence);
  }

  private boolean isMaterialChange(MeterAlarm current, AlarmFinding finding) {
    if (current.getSeverity() != finding.severity()) {
      return true;
    }
    for (Map.Entry<String, Double> entry : finding.evidence().entrySet()) {
      Double previous = current.getEvidence().get(entry.getKey());
      if (previous == null || changedMaterially(previous, entry.getValue())) {
        return true;
      }
    }
    return false;
  }

  private boolean changedMaterially(double previous, double now) {
    if (previous == 0) {
      return now != 0;
    }
    return Math.abs(now - previous) / Math.abs(previous) >= minRelativeChange;
  }

  private static void requireOpen(MeterAlarm current) {
    if (current.getStatus() == AlarmStatus.CLEARED) {
      throw new IllegalStateException("Alarm episode " + current.getAlarmId() + " is cleared");
    }
  }
}
