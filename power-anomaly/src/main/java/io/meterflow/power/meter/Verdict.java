package io.meterflow.power.meter;

import io.meterflow.contracts.alarm.AlarmFinding;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule concluded from one step of a meter's (or area's) data; {@link OpenEpisodes} turns it
 * into an episode step.
 */
public sealed interface Verdict {

  /** Nothing to report: the condition neither began nor ended. */
  Verdict NONE = new Unchanged();

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
