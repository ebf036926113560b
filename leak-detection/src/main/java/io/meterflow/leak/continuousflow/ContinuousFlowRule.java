package io.meterflow.leak.continuousflow;

import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.leak.episode.EvidenceKeys;
import io.meterflow.leak.episode.Quantities;
import io.meterflow.leak.episode.RuleVerdict;
import io.meterflow.leak.episode.SeverityScale;
import io.meterflow.leak.interval.FlowSample;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * CONTINUOUS_FLOW: no hour at standstill in the last 24 measured hours, the rule water meters use
 * for their own leak flag; cleared by the next measured hour at standstill.
 *
 * <p>Raising also takes every hour of the window above a minimum leak flow (5 L/h by default), and
 * only a standstill (0.5 L) ends the episode: a hysteresis, so that an episode does not flap while
 * a leak hovers around the minimum. On hourly intervals interpolated from a 1-litre register read
 * at odd times, the meters' own 0.5 L rule cannot tell a leak from the register's resolution: on a
 * year of 92 real households (the DAIAD trial) it raises on two thirds of them, at a median base
 * flow of 1 L/h. A minimum leak flow of 0 gives the meters' rule.
 *
 * <p>Only measured hours count. An unknown hour (interpolated, estimated, invalid or missing)
 * neither raises, nor clears, nor resets: the 24 measured hours may span a few unknown ones (at
 * most {@link ContinuousFlowConfig#maxUnknownHours()}), beyond which the rule waits for better
 * evidence, since a gap can hide a standstill.
 *
 * <p>The leaked volume is the sum, over the episode, of the base flow: the least hourly flow of the
 * last 24 measured hours. The household's own use rides on top of a leak, so the total consumption
 * would overstate it; the base flow is what never stops. Hours the meter did not measure are
 * accounted at the base flow of the next measured hour (the leak kept running), until an hour at
 * standstill ends the episode.
 */
public final class ContinuousFlowRule implements Serializable {

  private static final long MILLIS_PER_HOUR = Duration.ofHours(1).toMillis();

  private final ContinuousFlowConfig config;
  private final SeverityScale severity;

  public ContinuousFlowRule(ContinuousFlowConfig config, SeverityScale severity) {
    this.config = config;
    this.severity = severity;
  }

  public ContinuousFlowConfig config() {
    return config;
  }

  /** Takes the next hour of the meter, in event-time order. */
  public Optional<RuleVerdict> onHour(ContinuousFlowState state, FlowSample hour) {
    HourlyWindow window = state.window;
    window.resize(config.lookbackHours());
    window.advanceTo(
        hourOf(hour.start()), hour.measured() ? hour.volumeM3() : Double.NaN, hour.version());
    if (!hour.measured()) {
      return Optional.empty();
    }
    if (atStandstill(hour.volumeM3())) {
      return endEpisode(state, hour);
    }
    if (!state.isOpen()) {
      FlowingRun leak = flowingRun(window, config.raiseFloorM3PerH());
      if (leak.hours() < config.windowHours()) {
        return Optional.empty();
      }
      state.openSince = leak.since().toEpochMilli();
      state.accountedUntil = state.openSince;
    }
    FlowingRun run = flowingRun(window, config.standstillThresholdM3());
    state.leakedM3 +=
        run.baseFlowM3PerH()
            * FlowSample.hours(Instant.ofEpochMilli(state.accountedUntil), hour.end());
    state.accountedUntil = hour.end().toEpochMilli();
    return Optional.of(
        new RuleVerdict.Holds(
            Instant.ofEpochMilli(state.openSince),
            hour.end(),
            holding(state, run.baseFlowM3PerH(), hour.end()),
            config.parameters()));
  }

  /**
   * Takes a later statement of an hour that was already processed: it replaces the earlier one in
   * the window, so later hours are judged on it; alarms already sent are not revised.
   *
   * @return true when the hour was still in the window and the statement newer
   */
  public boolean restate(ContinuousFlowState state, FlowSample hour) {
    state.window.resize(config.lookbackHours());
    return state.window.restate(
        hourOf(hour.start()), hour.measured() ? hour.volumeM3() : Double.NaN, hour.version());
  }

  private Optional<RuleVerdict> endEpisode(ContinuousFlowState state, FlowSample standstill) {
    if (!state.isOpen()) {
      return Optional.empty();
    }
    double hours = FlowSample.hours(Instant.ofEpochMilli(state.openSince), standstill.start());
    RuleVerdict verdict =
        new RuleVerdict.Ended(
            standstill.start(),
            standstill.end(),
            "Continuous flow ended after "
                + Quantities.hours(hours)
                + ": an hour at standstill; about "
                + Quantities.litres(state.leakedM3)
                + " lost",
            Map.of(
                EvidenceKeys.LEAKED_VOLUME_M3,
                state.leakedM3,
                EvidenceKeys.HOURS_WITHOUT_STANDSTILL,
                hours));
    state.close();
    return Optional.of(verdict);
  }

  private AlarmFinding holding(ContinuousFlowState state, double baseFlow, Instant now) {
    double hours = FlowSample.hours(Instant.ofEpochMilli(state.openSince), now);
    return new AlarmFinding(
        severity.of(baseFlow),
        "Continuous flow for "
            + Quantities.hours(hours)
            + " without an hour at standstill: at least "
            + Quantities.litresPerHour(baseFlow)
            + ", about "
            + Quantities.litres(state.leakedM3)
            + " lost so far",
        Map.of(
            EvidenceKeys.LEAKED_VOLUME_M3, state.leakedM3,
            EvidenceKeys.MINIMUM_FLOW_M3_PER_H, baseFlow,
            EvidenceKeys.HOURS_WITHOUT_STANDSTILL, hours));
  }

  /**
   * The measured hours above the floor, newest first, back to the last hour at or below it, at most
   * the window's worth, within the lookback.
   */
  private FlowingRun flowingRun(HourlyWindow window, double floorM3) {
    int hours = 0;
    double baseFlow = Double.POSITIVE_INFINITY;
    long oldest = window.newestHour;
    for (int back = 0; back < window.length() && hours < config.windowHours(); back++) {
      long hour = window.newestHour - back;
      double volume = window.volume(hour);
      if (Double.isNaN(volume)) {
        continue;
      }
      if (volume <= floorM3) {
        break;
      }
      hours++;
      baseFlow = Math.min(baseFlow, volume);
      oldest = hour;
    }
    return new FlowingRun(hours, baseFlow, Instant.ofEpochMilli(oldest * MILLIS_PER_HOUR));
  }

  private boolean atStandstill(double volumeM3) {
    return volumeM3 <= config.standstillThresholdM3();
  }

  private static long hourOf(Instant start) {
    return Math.floorDiv(start.toEpochMilli(), MILLIS_PER_HOUR);
  }

  /** The hours of flow that justify the alarm: how many, their least flow, and the first one. */
  private record FlowingRun(int hours, double baseFlowM3PerH, Instant since) {}
}
