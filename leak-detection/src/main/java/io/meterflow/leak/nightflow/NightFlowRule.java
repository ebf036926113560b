package io.meterflow.leak.nightflow;

import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.leak.episode.EvidenceKeys;
import io.meterflow.leak.episode.Quantities;
import io.meterflow.leak.episode.RuleVerdict;
import io.meterflow.leak.episode.SeverityScale;
import io.meterflow.leak.interval.FlowSample;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * NIGHT_FLOW: the minimum flow of the night window (02:00-04:00 local by default) above a threshold
 * on consecutive nights; cleared by a night with an hour at or below the threshold.
 *
 * <p>A night is judged on the hours that overlap its window, in the meter's zone, DST included (see
 * {@link NightWindow}): it is quiet as soon as one measured hour is at or below the threshold, and
 * flowing once measured hours above the threshold cover the whole window. A night with an unknown
 * or missing hour and no quiet hour cannot be judged: it is skipped, neither counted nor breaking
 * the run of flowing nights.
 *
 * <p>The minimum night flow is the classic estimate of a leak (nobody uses water at 03:00), so the
 * leaked volume is the sum, over the flowing nights, of their minimum flow times 24 hours.
 */
public final class NightFlowRule implements Serializable {

  private static final Duration DAY = Duration.ofHours(24);

  private final NightFlowConfig config;
  private final SeverityScale severity;

  public NightFlowRule(NightFlowConfig config, SeverityScale severity) {
    this.config = config;
    this.severity = severity;
  }

  public NightFlowConfig config() {
    return config;
  }

  /** Takes the meter's next hour, in event-time order; zone is the meter's. */
  public Optional<RuleVerdict> onHour(NightFlowState state, FlowSample hour, ZoneId zone) {
    Optional<NightWindow> night =
        NightWindow.overlapping(
            hour.start(), hour.end(), config.windowStart(), config.windowEnd(), zone);
    if (night.isEmpty()) {
      return Optional.empty();
    }
    if (!state.observesNight(night.get().start().toEpochMilli())) {
      state.observeNight(night.get());
    }
    if (state.nightJudged) {
      return Optional.empty();
    }
    if (!hour.measured()) {
      state.nightHasUnknownHour = true;
      return Optional.empty();
    }
    if (hour.flowM3PerH() <= config.thresholdM3PerH()) {
      state.nightJudged = true;
      return quietNight(state, hour);
    }
    state.nightCoveredMillis += night.get().overlapMillis(hour.start(), hour.end());
    state.nightMinimumFlowM3PerH = Math.min(state.nightMinimumFlowM3PerH, hour.flowM3PerH());
    if (state.nightHasUnknownHour || state.nightCoveredMillis < night.get().lengthMillis()) {
      return Optional.empty();
    }
    state.nightJudged = true;
    return flowingNight(state, hour);
  }

  private Optional<RuleVerdict> quietNight(NightFlowState state, FlowSample quietHour) {
    boolean wasOpen = state.open;
    int nights = state.flowingNights;
    double leaked = state.leakedM3;
    state.endRun();
    if (!wasOpen) {
      return Optional.empty();
    }
    return Optional.of(
        new RuleVerdict.Ended(
            quietHour.start(),
            quietHour.end(),
            "Night flow ended after "
                + nights
                + " nights: an hour at or below "
                + Quantities.litresPerHour(config.thresholdM3PerH())
                + "; about "
                + Quantities.litres(leaked)
                + " lost",
            Map.of(
                EvidenceKeys.LEAKED_VOLUME_M3,
                leaked,
                EvidenceKeys.FLOWING_NIGHTS,
                (double) nights)));
  }

  private Optional<RuleVerdict> flowingNight(NightFlowState state, FlowSample lastHour) {
    if (state.flowingNights == 0) {
      state.firstFlowingNightStart = state.nightStart;
      state.minimumFlowM3PerH = Double.POSITIVE_INFINITY;
    }
    state.flowingNights++;
    state.minimumFlowM3PerH = Math.min(state.minimumFlowM3PerH, state.nightMinimumFlowM3PerH);
    state.leakedM3 += state.nightMinimumFlowM3PerH * DAY.toHours();
    if (!state.open && state.flowingNights < config.nights()) {
      return Optional.empty();
    }
    state.open = true;
    AlarmFinding finding =
        new AlarmFinding(
            severity.of(state.minimumFlowM3PerH),
            "Night flow of at least "
                + Quantities.litresPerHour(state.minimumFlowM3PerH)
                + " on "
                + state.flowingNights
                + " consecutive nights ("
                + config.windowStart()
                + "-"
                + config.windowEnd()
                + "), about "
                + Quantities.litres(state.leakedM3)
                + " lost so far",
            Map.of(
                EvidenceKeys.LEAKED_VOLUME_M3, state.leakedM3,
                EvidenceKeys.MINIMUM_FLOW_M3_PER_H, state.minimumFlowM3PerH,
                EvidenceKeys.FLOWING_NIGHTS, (double) state.flowingNights));
    return Optional.of(
        new RuleVerdict.Holds(
            Instant.ofEpochMilli(state.firstFlowingNightStart),
            lastHour.end(),
            finding,
            Map.of(
                "thresholdM3PerH", Quantities.plain(config.thresholdM3PerH()),
                "nights", Integer.toString(config.nights()),
                "window", config.windowStart() + "-" + config.windowEnd())));
  }
}
