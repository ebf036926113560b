package io.meterflow.power.communication;

import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.power.meter.Spans;
import io.meterflow.power.meter.Verdict;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * COMMUNICATION_LOSS: no reading from a meter for far longer than its usual cadence: {@code
 * cadenceFactor} times it, and at least {@code minSilence}; cleared by the next reading. The
 * cadence is learned per meter (nothing is judged before {@code warmUpGaps} gaps); a gap enters it
 * clipped to {@code cadenceFactor} cadences, so that silences barely stretch it.
 *
 * <p>The silence is judged against the watermark (an event-time deadline), so it also works in a
 * BATCH backfill. The silence after a meter's last reading in a bounded input is the end of the
 * input, not a fault: it raises nothing.
 */
public final class CommunicationLossRule implements Serializable {

  public static final String SILENCE_HOURS = "silenceHours";
  public static final String USUAL_CADENCE_MINUTES = "usualCadenceMinutes";

  /** Gaps are counted up to here: the 1/(n+1) weights of the first gaps are long below alpha. */
  private static final int MAX_GAPS = 1000;

  private final CommunicationLossConfig config;

  public CommunicationLossRule(CommunicationLossConfig config) {
    this.config = config;
  }

  /** Learns a contact at a reading time; a time not after the latest is no new contact. */
  public CadenceEstimate observe(CadenceEstimate cadence, long readingTime) {
    if (cadence == null) {
      return CadenceEstimate.first(readingTime);
    }
    if (readingTime <= cadence.lastReading()) {
      return cadence;
    }
    double gap = readingTime - cadence.lastReading();
    if (cadence.gaps() >= config.warmUpGaps()) {
      gap = Math.min(gap, config.cadenceFactor() * cadence.meanGapMillis());
    }
    double weight = Math.max(config.alpha(), 1.0 / (cadence.gaps() + 1));
    double mean = cadence.meanGapMillis() + weight * (gap - cadence.meanGapMillis());
    return new CadenceEstimate(readingTime, mean, Math.min(cadence.gaps() + 1, MAX_GAPS), false);
  }

  /** When the meter's current silence becomes a loss; null before the cadence is known. */
  public Long deadline(CadenceEstimate cadence) {
    if (cadence == null || cadence.silenceMet() || cadence.gaps() < config.warmUpGaps()) {
      return null;
    }
    return cadence.lastReading() + threshold(cadence).toMillis();
  }

  /** The silence this meter may keep before it is a loss. */
  public Duration threshold(CadenceEstimate cadence) {
    long cadences = Math.round(config.cadenceFactor() * cadence.meanGapMillis());
    return Duration.ofMillis(Math.max(cadences, config.minSilence().toMillis()));
  }

  /** The deadline passed without a reading. */
  public Verdict silent(CadenceEstimate cadence, long deadline) {
    Duration threshold = threshold(cadence);
    double cadenceMinutes = cadence.meanGapMillis() / Duration.ofMinutes(1).toMillis();
    AlarmFinding finding =
        new AlarmFinding(
            config.severity(),
            "No reading for "
                + Spans.describe(threshold)
                + "; the meter usually reports every "
                + Spans.describe(Duration.ofMillis(Math.round(cadence.meanGapMillis()))),
            Map.of(
                SILENCE_HOURS,
                Spans.hours(threshold.toMillis()),
                USUAL_CADENCE_MINUTES,
                cadenceMinutes));
    return new Verdict.Holds(
        Instant.ofEpochMilli(cadence.lastReading()), Instant.ofEpochMilli(deadline), finding);
  }

  /** A reading came: it ends a silence that began before it. */
  public Verdict contact(CadenceEstimate cadence, long readingTime) {
    if (cadence == null || readingTime <= cadence.lastReading()) {
      return Verdict.NONE;
    }
    Instant at = Instant.ofEpochMilli(readingTime);
    return new Verdict.Ended(
        at,
        at,
        "The meter reports again",
        Map.of(SILENCE_HOURS, Spans.hours(readingTime - cadence.lastReading())));
  }

  /** The cadence after its silence was judged: no second alarm until the next reading. */
  public CadenceEstimate silenceMet(CadenceEstimate cadence) {
    return new CadenceEstimate(
        cadence.lastReading(), cadence.meanGapMillis(), cadence.gaps(), true);
  }
}
