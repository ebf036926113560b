package io.meterflow.jobs.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The event-time marks at which a throughput run checkpoints its state, so that state per series
 * can be compared across fleets at the same history and its growth with history is visible.
 * Dedup-and-periodize holds 48 h of allowed lateness, so its state should be flat from there; the
 * alarm rules look back up to a week.
 */
final class StateMarks {

  static final List<Duration> HISTORY =
      List.of(
          Duration.ofHours(6),
          Duration.ofHours(12),
          Duration.ofHours(24),
          Duration.ofHours(48),
          Duration.ofHours(72),
          Duration.ofDays(7));

  private final TopologySetup setup;
  private int passed;

  StateMarks(TopologySetup setup) {
    this.setup = setup;
  }

  /**
   * The marks the fleet has passed since the last call, given the counted records so far: a
   * checkpoint taken now is the first at or past each of them.
   */
  List<Duration> passedAt(long countedRecords) {
    List<Duration> marks = new ArrayList<>();
    while (pending() && countedRecords >= setup.recordsFor(HISTORY.get(passed))) {
      marks.add(HISTORY.get(passed++));
    }
    return marks;
  }

  /** Whether a mark is still ahead of the fleet. */
  boolean pending() {
    return passed < HISTORY.size();
  }
}
