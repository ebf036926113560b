package io.meterflow.power.baseline;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.power.meter.RuleStep;
import io.meterflow.power.meter.Verdict;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * BASELINE_DEVIATION: hourly consumption far from the meter's own {@link HourOfWeekBaseline} for
 * several consecutive hours; cleared by as many consecutive normal hours.
 *
 * <p>An hour deviates when it is at least {@code deviationThreshold} usual absolute deviations and
 * at least {@code minDeviationKwh} away from its slot's level; the usual deviation is taken as at
 * least {@code relativeFloor} of the level. Each hour is judged against the baseline before it is
 * learned. Only MEASURED hours are judged and learned: an interpolated or estimated hour is a
 * straight line across a gap, not a meter's behaviour; it breaks the runs like a missing hour.
 * Nothing is judged in a slot still warming up (fewer than {@code warmUpWeeks} weeks seen).
 *
 * <p>The baseline learns from hours inside an open episode only at {@code episodeLearningFactor} of
 * its usual weight, so that an anomaly does not become the new normal while it lasts, yet a lasting
 * change is learned in the end. Before an episode opens, its first deviating hours are learned with
 * the Huber clip, which bounds how far they move their slots.
 */
public final class BaselineDeviationRule implements Serializable {

  public static final String DEVIATION = "deviationKwh";
  public static final String DEVIATING_HOURS = "deviatingHours";

  /** Least usual deviation of any slot (1 Wh, below a register's resolution): no division by 0. */
  private static final double MIN_USUAL_DEVIATION_KWH = 0.001;

  private final BaselineConfig config;

  public BaselineDeviationRule(BaselineConfig config) {
    this.config = config;
  }

  /**
   * Judges one hourly interval of the meter, in event-time order, and learns it.
   *
   * @param baseline the meter's baseline, updated in place
   * @param slot the hour's slot in the meter's local week
   * @param episodeOpen whether a BASELINE_DEVIATION episode is open
   */
  public RuleStep<DeviationRun> observe(
      HourOfWeekBaseline baseline,
      DeviationRun run,
      IntervalConsumption hour,
      int slot,
      boolean episodeOpen) {
    long start = hour.getIntervalStart().toEpochMilli();
    long end = hour.getIntervalEnd().toEpochMilli();
    DeviationRun current = run.lastHourEnd() == start ? run : run.unjudged(run.lastHourEnd());
    if (hour.getQuality() != IntervalQuality.MEASURED) {
      return new RuleStep<>(Verdict.NONE, current.unjudged(end));
    }
    double kwh = hour.getConsumption();
    RuleStep<DeviationRun> step =
        baseline.weeks(slot) >= config.warmUpWeeks()
            ? judge(baseline, current, start, end, slot, kwh, episodeOpen)
            : new RuleStep<>(Verdict.NONE, current.unjudged(end));
    boolean openAfter =
        step.verdict() instanceof Verdict.Holds
            || (episodeOpen && !(step.verdict() instanceof Verdict.Ended));
    baseline.learn(
        slot,
        kwh,
        config.alpha(),
        config.warmUpWeeks(),
        config.outlierClip(),
        floor(baseline, slot),
        openAfter ? config.episodeLearningFactor() : 1);
    return step;
  }

  /** How far from its level an hour of the slot deviates, in usual deviations. */
  public double deviationScore(HourOfWeekBaseline baseline, int slot, double kwh) {
    double usual = Math.max(baseline.usualDeviation(slot), floor(baseline, slot));
    return (kwh - baseline.level(slot)) / usual;
  }

  private RuleStep<DeviationRun> judge(
      HourOfWeekBaseline baseline,
      DeviationRun run,
      long start,
      long end,
      int slot,
      double kwh,
      boolean episodeOpen) {
    double deviation = kwh - baseline.level(slot);
    boolean deviates =
        Math.abs(deviation) >= config.minDeviationKwh()
            && Math.abs(deviationScore(baseline, slot, kwh)) >= config.deviationThreshold();
    if (!deviates) {
      DeviationRun normal = run.normal(start, end);
      if (episodeOpen && normal.normalHours() >= config.consecutiveHours()) {
        Verdict ended =
            new Verdict.Ended(
                Instant.ofEpochMilli(normal.normalStart()),
                Instant.ofEpochMilli(end),
                "Consumption back to the meter's usual for "
                    + normal.normalHours()
                    + " consecutive hours",
                Map.of());
        return new RuleStep<>(ended, normal.episodeCleared());
      }
      return new RuleStep<>(Verdict.NONE, normal);
    }
    DeviationRun deviating = run.deviating(start, end, deviation, episodeOpen);
    if (episodeOpen) {
      return new RuleStep<>(holds(deviating, end), deviating);
    }
    if (deviating.deviatingHours() >= config.consecutiveHours()) {
      DeviationRun raised = deviating.episodeRaised();
      return new RuleStep<>(holds(raised, end), raised);
    }
    return new RuleStep<>(Verdict.NONE, deviating);
  }

  private Verdict holds(DeviationRun run, long end) {
    double total = run.episodeDeviationKwh();
    String message =
        String.format(
            Locale.ROOT,
            "Consumption %.1f kWh %s the meter's usual for these hours of the week, over %d"
                + " deviating hours",
            Math.abs(total),
            total >= 0 ? "above" : "below",
            run.episodeHours());
    return new Verdict.Holds(
        Instant.ofEpochMilli(run.runStart()),
        Instant.ofEpochMilli(end),
        new AlarmFinding(
            config.severity(),
            message,
            Map.of(DEVIATION, total, DEVIATING_HOURS, (double) run.episodeHours())));
  }

  private double floor(HourOfWeekBaseline baseline, int slot) {
    return Math.max(
        config.relativeFloor() * Math.abs(baseline.level(slot)), MIN_USUAL_DEVIATION_KWH);
  }
}
