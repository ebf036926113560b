package io.meterflow.power.baseline;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.power.meter.RuleStep;
import io.meterflow.power.meter.Verdict;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * BASELINE_DEVIATION: hourly consumption far from the meter's own {@link MeterBaseline} for several
 * consecutive hours; cleared by as many consecutive normal hours.
 *
 * <p>An hour deviates when it is at least {@code deviationThreshold} usual absolute deviations and
 * at least {@code minDeviationKwh} away from its usual level; the usual deviation is taken as at
 * least {@code relativeFloor} of the level. Each hour is judged against the baseline before it is
 * learned: its hour-of-week slot once that has seen {@code warmUpWeeks} weeks, before that its
 * hour-of-day slots once they have seen {@code warmUpDays} days (see {@link MeterBaseline#usual}),
 * and not at all before either. Only MEASURED hours are judged and learned: an interpolated or
 * estimated hour is a straight line across a gap, not a meter's behaviour; it breaks the runs like
 * a missing hour. An hour no baseline judges breaks them too.
 *
 * <p>The baseline learns from hours inside an open episode only at {@code episodeLearningFactor} of
 * its usual weight, so that an anomaly does not become the new normal while it lasts, yet a lasting
 * change is learned in the end. Before an episode opens, its first deviating hours are learned with
 * the Huber clip of their warm slots, which bounds how far they move them.
 */
public final class BaselineDeviationRule implements Serializable {

  public static final String DEVIATION = "deviationKwh";
  public static final String DEVIATING_HOURS = "deviatingHours";

  private final BaselineConfig config;

  public BaselineDeviationRule(BaselineConfig config) {
    this.config = config;
  }

  /**
   * Judges one hourly interval of the meter, in event-time order, and learns it.
   *
   * @param baseline the meter's baseline, updated in place
   * @param zone the meter's zone: the baseline's slots are local hours
   * @param episodeOpen whether a BASELINE_DEVIATION episode is open
   */
  public BaselineStep observe(
      MeterBaseline baseline,
      DeviationRun run,
      IntervalConsumption hour,
      ZoneId zone,
      boolean episodeOpen) {
    Instant hourStart = hour.getIntervalStart();
    long start = hourStart.toEpochMilli();
    long end = hour.getIntervalEnd().toEpochMilli();
    DeviationRun current = run.lastHourEnd() == start ? run : run.unjudged(run.lastHourEnd());
    if (hour.getQuality() != IntervalQuality.MEASURED) {
      return new BaselineStep(new RuleStep<>(Verdict.NONE, current.unjudged(end)), Map.of());
    }
    double kwh = hour.getConsumption();
    Optional<UsualHour> usual = baseline.usual(hourStart, zone, config);
    RuleStep<DeviationRun> step =
        usual.isPresent()
            ? judge(usual.get(), current, start, end, kwh, episodeOpen)
            : new RuleStep<>(Verdict.NONE, current.unjudged(end));
    boolean openAfter =
        step.verdict() instanceof Verdict.Holds
            || (episodeOpen && !(step.verdict() instanceof Verdict.Ended));
    baseline.learn(hourStart, zone, kwh, config, openAfter ? config.episodeLearningFactor() : 1);
    return new BaselineStep(
        step, usual.map(judged -> config.parameters(judged.kind())).orElse(Map.of()));
  }

  private RuleStep<DeviationRun> judge(
      UsualHour usual, DeviationRun run, long start, long end, double kwh, boolean episodeOpen) {
    double deviation = kwh - usual.level();
    double usualDeviation =
        Math.max(usual.usualDeviation(), config.usualDeviationFloor(usual.level()));
    boolean deviates =
        Math.abs(deviation) >= config.minDeviationKwh()
            && Math.abs(deviation / usualDeviation) >= config.deviationThreshold();
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
            "Consumption %.1f kWh %s the meter's usual for these hours, over %d deviating"
                + " hours",
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
}
