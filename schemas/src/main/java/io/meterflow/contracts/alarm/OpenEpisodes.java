package io.meterflow.contracts.alarm;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;

/**
 * The open alarm episodes of the current key in a keyed operator, at most one per slot (an alarm
 * type, or finer, such as a meter code), each kept as the last alarm sent for it (the state model
 * of {@link AlarmEpisode}). Takes the episode steps through the shared lifecycle, counts and emits
 * them.
 *
 * @param <K> the slot; ordered, so that clearing all episodes emits them in a replayable order
 */
public final class OpenEpisodes<K extends Comparable<K>> {

  private final MapState<K, MeterAlarm> open;
  private final AlarmEpisode lifecycle;
  private final AlarmCounters counters;

  private OpenEpisodes(
      MapState<K, MeterAlarm> open, AlarmEpisode lifecycle, AlarmCounters counters) {
    this.open = open;
    this.lifecycle = lifecycle;
    this.counters = counters;
  }

  /**
   * The open episodes of a keyed operator, in its state, with the state's TTL.
   *
   * @param minRelativeChange see {@link AlarmEpisode#AlarmEpisode(double)}
   */
  public static <K extends Comparable<K>> OpenEpisodes<K> open(
      RuntimeContext context,
      TypeInformation<K> slotType,
      StateTtlConfig ttl,
      double minRelativeChange) {
    MapStateDescriptor<K, MeterAlarm> descriptor =
        new MapStateDescriptor<>("open-episodes", slotType, TypeInformation.of(MeterAlarm.class));
    descriptor.enableTimeToLive(ttl);
    return new OpenEpisodes<>(
        context.getMapState(descriptor),
        new AlarmEpisode(minRelativeChange),
        new AlarmCounters(context.getMetricGroup()));
  }

  /** The open episode of the slot, if any. */
  public Optional<MeterAlarm> get(K slot) throws Exception {
    return Optional.ofNullable(open.get(slot));
  }

  public boolean isOpen(K slot) throws Exception {
    return open.contains(slot);
  }

  /** The open episodes, in slot order. */
  public Map<K, MeterAlarm> all() throws Exception {
    Map<K, MeterAlarm> episodes = new TreeMap<>();
    for (Map.Entry<K, MeterAlarm> entry : open.entries()) {
      episodes.put(entry.getKey(), entry.getValue());
    }
    return episodes;
  }

  /**
   * The condition of the slot holds: raises an episode, or updates the open one when the finding
   * changed materially.
   *
   * @param since when the condition began; names a new episode, ignored by an open one
   * @param at the event time of the data that showed it
   * @param parameters the rule's parameters, recorded when an episode is raised
   */
  public void holds(
      K slot,
      AlarmSubject subject,
      AlarmType type,
      Instant since,
      Instant at,
      AlarmFinding finding,
      Map<String, String> parameters,
      Collector<MeterAlarm> out)
      throws Exception {
    MeterAlarm current = open.get(slot);
    Optional<MeterAlarm> step =
        current == null
            ? Optional.of(lifecycle.raise(subject, type, since, at, finding, parameters))
            : lifecycle.update(current, at, finding);
    if (step.isPresent()) {
      open.put(slot, step.get());
      emit(step.get(), out);
    }
  }

  /**
   * The condition of the slot ended: clears its open episode, if there is one, which keeps its
   * severity.
   *
   * @param endedAt when the condition ended
   * @param at the event time of the data that showed it
   * @param message one sentence for an operator
   * @param evidence final numbers, merged into the episode's evidence
   */
  public void ended(
      K slot,
      Instant endedAt,
      Instant at,
      String message,
      Map<String, Double> evidence,
      Collector<MeterAlarm> out)
      throws Exception {
    MeterAlarm current = open.get(slot);
    if (current == null) {
      return;
    }
    open.remove(slot);
    AlarmFinding finding = new AlarmFinding(current.getSeverity(), message, evidence);
    emit(lifecycle.clear(current, endedAt, at, finding), out);
  }

  /**
   * Clears every open episode when the data stopped: nothing says the conditions ended, only that
   * nothing more came, which the message says. In slot order, so a replay emits the same.
   */
  public void clearAll(Instant lastData, Instant at, String message, Collector<MeterAlarm> out)
      throws Exception {
    for (MeterAlarm episode : all().values()) {
      AlarmFinding finding = new AlarmFinding(episode.getSeverity(), message, Map.of());
      emit(lifecycle.clear(episode, lastData, at, finding), out);
    }
    open.clear();
  }

  /** Drops the open episodes without a step: the input ended while they were open. */
  public void forget() {
    open.clear();
  }

  private void emit(MeterAlarm alarm, Collector<MeterAlarm> out) {
    counters.count(alarm);
    out.collect(alarm);
  }
}
