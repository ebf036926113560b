package io.meterflow.power.meter;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.contracts.alarm.OpenEpisodes;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.util.Collector;

/**
 * What a rule concluded from one step of a meter's (or area's) data; {@link #apply} turns it into
 * an episode step.
 */
public sealed interface Verdict {

  /** Nothing to report: the condition neither began nor ended. */
  Verdict NONE = new Unchanged();

  /**
   * Applies a rule's verdict to the type's episode: raises, updates, clears, or does nothing.
   *
   * @param parameters the rule's parameters, recorded when an episode is raised
   */
  static void apply(
      OpenEpisodes<AlarmType> episodes,
      AlarmType type,
      AlarmSubject subject,
      Verdict verdict,
      Map<String, String> parameters,
      Collector<MeterAlarm> out)
      throws Exception {
    if (verdict instanceof Holds holds) {
      episodes.holds(
          type, subject, type, holds.since(), holds.at(), holds.finding(), parameters, out);
    } else if (verdict instanceof Ended ended) {
      episodes.ended(type, ended.endedAt(), ended.at(), ended.message(), ended.evidence(), out);
    }
  }

  /**
   * The condition holds: raises an episode, or updates the open one when the finding changed
   * materially.
   *
   * @param since when the condition began; names a new episode, ignored by an open one
   * @param at the event time of the data that showed it
   */
  record Holds(Instant since, Instant at, AlarmFinding finding) implements Verdict {

    public Holds {
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(finding, "finding");
    }
  }

  /**
   * The condition ended: clears the open episode, if there is one; the episode keeps its severity.
   *
   * @param endedAt when the condition ended
   * @param at the event time of the data that showed it
   * @param message one sentence for an operator
   * @param evidence final numbers, merged into the episode's evidence
   */
  record Ended(Instant endedAt, Instant at, String message, Map<String, Double> evidence)
      implements Verdict {

    public Ended {
      Objects.requireNonNull(endedAt, "endedAt");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(message, "message");
      evidence = Map.copyOf(evidence);
    }
  }

  /** See {@link #NONE}. */
  record Unchanged() implements Verdict {}
}
