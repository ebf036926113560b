package io.meterflow.leak.detector;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.alarm.AlarmEpisode;
import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.leak.episode.RuleVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.Collector;

/**
 * The open alarm episodes of the current meter, one per slot (a rule, or a meter code), each kept
 * as the last alarm sent for it; turns rule verdicts into episode steps through the shared {@link
 * AlarmEpisode} lifecycle and emits them.
 */
final class EpisodeBook {

  private final MapState<String, MeterAlarm> open;
  private final AlarmEpisode lifecycle;
  private final AlarmCounters counters;

  EpisodeBook(MapState<String, MeterAlarm> open, AlarmEpisode lifecycle, AlarmCounters counters) {
    this.open = open;
    this.lifecycle = lifecycle;
    this.counters = counters;
  }

  static MapStateDescriptor<String, MeterAlarm> descriptor() {
    return new MapStateDescriptor<>(
        "open-episodes", Types.STRING, TypeInformation.of(MeterAlarm.class));
  }

  /** Applies a verdict to the slot's episode: raise, update, clear, or nothing. */
  void apply(
      String slot,
      AlarmType type,
      AlarmSubject subject,
      RuleVerdict verdict,
      Collector<MeterAlarm> out)
      throws Exception {
    MeterAlarm current = open.get(slot);
    if (verdict instanceof RuleVerdict.Holds holds) {
      Optional<MeterAlarm> step =
          current == null
              ? Optional.of(
                  lifecycle.raise(
                      subject,
                      type,
                      holds.since(),
                      holds.at(),
                      holds.finding(),
                      holds.parameters()))
              : lifecycle.update(current, holds.at(), holds.finding());
      if (step.isPresent()) {
        open.put(slot, step.get());
        emit(step.get(), out);
      }
    } else if (verdict instanceof RuleVerdict.Ended ended && current != null) {
      open.remove(slot);
      emit(
          lifecycle.clear(
              current,
              ended.endedAt(),
              ended.at(),
              new AlarmFinding(current.getSeverity(), ended.message(), ended.evidence())),
          out);
    }
  }

  /** The open episodes by slot. */
  Map<String, MeterAlarm> openEpisodes() throws Exception {
    Map<String, MeterAlarm> episodes = new HashMap<>();
    for (Map.Entry<String, MeterAlarm> entry : open.entries()) {
      episodes.put(entry.getKey(), entry.getValue());
    }
    return episodes;
  }

  /**
   * Clears every open episode of a meter that went quiet: nothing says the condition ended, only
   * that no more data came, which the message says.
   */
  void clearAllForNoData(Instant lastData, Instant now, String message, Collector<MeterAlarm> out)
      throws Exception {
    List<Map.Entry<String, MeterAlarm>> episodes = new ArrayList<>(openEpisodes().entrySet());
    // Sorted so that a replay emits the same records in the same order.
    episodes.sort(Map.Entry.comparingByKey());
    for (Map.Entry<String, MeterAlarm> episode : episodes) {
      MeterAlarm current = episode.getValue();
      emit(
          lifecycle.clear(
              current, lastData, now, new AlarmFinding(current.getSeverity(), message, Map.of())),
          out);
    }
    open.clear();
  }

  /** Forgets the open episodes without a word (the input ended; the meter did not go quiet). */
  void forget() {
    open.clear();
  }

  private void emit(MeterAlarm alarm, Collector<MeterAlarm> out) {
    counters.count(alarm);
    out.collect(alarm);
  }
}
