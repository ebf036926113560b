package io.meterflow.power.meter;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.alarm.AlarmEpisode;
import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.contracts.alarm.AlarmSubject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;

/**
 * The open alarm episodes of the current key, at most one per alarm type, each kept as the last
 * alarm sent for it (the state model of {@link AlarmEpisode}). Turns verdicts into episode steps
 * through the shared lifecycle, counts and emits them.
 */
public final class OpenEpisodes {

  private final MapState<AlarmType, MeterAlarm> open;
  private final AlarmEpisode lifecycle;
  private final AlarmCounters counters;

  private OpenEpisodes(
      MapState<AlarmType, MeterAlarm> open, AlarmEpisode lifecycle, AlarmCounters counters) {
    this.open = open;
    this.lifecycle = lifecycle;
    this.counters = counters;
  }

  /** The open episodes of a keyed operator, in its state, with the state's TTL. */
  public static OpenEpisodes open(
      RuntimeContext context, StateTtlConfig ttl, double minRelativeChange) {
    MapStateDescriptor<AlarmType, MeterAlarm> descriptor =
        new MapStateDescriptor<>(
            "open-episodes",
            TypeInformation.of(AlarmType.class),
            TypeInformation.of(MeterAlarm.class));
    descriptor.enableTimeToLive(ttl);
    return new OpenEpisodes(
        context.getMapState(descriptor),
        new AlarmEpisode(minRelativeChange),
        new AlarmCounters(context.getMetricGroup()));
  }

  /** The open episode of the type, if any. */
  public Optional<MeterAlarm> get(AlarmType type) throws Exception {
    return Optional.ofNullable(open.get(type));
  }

  public boolean isOpen(AlarmType type) throws Exception {
    return open.contains(type);
  }

  /**
   * Applies a rule's verdict to the type's episode: raises, updates, clears, or does nothing.
   *
   * @param parameters the rule's parameters, recorded when an episode is raised
   */
  public void apply(
      AlarmType type,
      AlarmSubject subject,
      Verdict verdict,
      Map<String, String> parameters,
      Collector<MeterAlarm> out)
      throws Exception {
    MeterAlarm current = open.get(type);
    if (verdict instanceof Verdict.Holds holds) {
      Optional<MeterAlarm> step =
          current == null
              ? Optional.of(
                  lifecycle.raise(
                      subject, type, holds.since(), holds.at(), holds.finding(), parameters))
              : lifecycle.update(current, holds.at(), holds.finding());
      if (step.isPresent()) {
        open.put(type, step.get());
        emit(step.get(), out);
      }
    } else if (verdict instanceof Verdict.Ended ended && current != null) {
      open.remove(type);
      AlarmFinding finding =
          new AlarmFinding(current.getSeverity(), ended.message(), ended.evidence());
      emit(lifecycle.clear(current, ended.endedAt(), ended.at(), finding), out);
    }
  }

  /**
   * Clears every open episode when the data stopped: nothing says the conditions ended, only that
   * nothing more came, which the message says. In type order, so a replay emits the same.
   */
  public void clearAll(Instant lastData, Instant at, String message, Collector<MeterAlarm> out)
      throws Exception {
    List<MeterAlarm> episodes = new ArrayList<>();
    for (MeterAlarm episode : open.values()) {
      episodes.add(episode);
    }
    episodes.sort((a, b) -> a.getType().compareTo(b.getType()));
    for (MeterAlarm episode : episodes) {
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
