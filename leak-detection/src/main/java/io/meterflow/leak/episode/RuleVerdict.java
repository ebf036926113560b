package io.meterflow.leak.episode;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.contracts.alarm.OpenEpisodes;
import java.time.Instant;
import java.util.Map;
import org.apache.flink.util.Collector;

/**
 * What a rule concluded from one step of evidence. The operator turns it into an alarm episode
 * step: {@link Holds} raises an episode, or updates the open one when the evidence changed
 * materially; {@link Ended} clears the open episode and means nothing when none is open.
 */
public sealed interface RuleVerdict {

  /** The event time of the data that led to the verdict. */
  Instant at();

  /** Applies a verdict to the slot's episode (a rule, or a meter code): raise, update, clear. */
  static void apply(
      OpenEpisodes<String> episodes,
      String slot,
      AlarmType type,
      AlarmSubject subject,
      RuleVerdict verdict,
      Collector<MeterAlarm> out)
      throws Exception {
    if (verdict instanceof Holds holds) {
      episodes.holds(
          slot, subject, type, holds.since(), holds.at(), holds.finding(), holds.parameters(), out);
    } else if (verdict instanceof Ended ended) {
      episodes.ended(slot, ended.endedAt(), ended.at(), ended.message(), ended.evidence(), out);
    }
  }

  /**
   * The condition holds.
   *
   * @param since when the condition began; it names the episode (the alarm id is derived from it)
   * @param parameters the rule's parameters in force, recorded when the episode is raised
   */
  record Holds(Instant since, Instant at, AlarmFinding finding, Map<String, String> parameters)
      implements RuleVerdict {

    public Holds {
      parameters = Map.copyOf(parameters);
    }
  }

  /**
   * The condition no longer holds. The episode keeps the severity it had.
   *
   * @param endedAt when the condition ended
   * @param message one sentence for an operator
   * @param evidence the final numbers, merged into the episode's evidence
   */
  record Ended(Instant endedAt, Instant at, String message, Map<String, Double> evidence)
      implements RuleVerdict {

    public Ended {
      evidence = Map.copyOf(evidence);
    }
  }
}
