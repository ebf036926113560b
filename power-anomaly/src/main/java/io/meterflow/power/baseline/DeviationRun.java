package io.meterflow.power.baseline;

/**
 * Where a meter stands in the hour-by-hour judgement against its baseline: the current run of
 * consecutive deviating or normal hours, and the totals of the open episode.
 *
 * @param lastHourEnd end of the last hour seen (epoch ms); a later hour that does not start there
 *     follows a gap, which breaks the runs
 * @param deviatingHours consecutive deviating hours up to the last one
 * @param runStart start of the first of them (epoch ms)
 * @param runDeviationKwh their summed deviation from the baseline (kWh, signed)
 * @param normalHours consecutive normal hours up to the last one
 * @param normalStart start of the first of them (epoch ms)
 * @param episodeHours deviating hours of the open episode
 * @param episodeDeviationKwh their summed deviation (kWh, signed)
 */
public record DeviationRun(
    long lastHourEnd,
    int deviatingHours,
    long runStart,
    double runDeviationKwh,
    int normalHours,
    long normalStart,
    int episodeHours,
    double episodeDeviationKwh) {

  /** A meter not seen before. */
  public static DeviationRun start() {
    return new DeviationRun(0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** The hour from start to end could not be judged: both runs are broken. */
  DeviationRun unjudged(long end) {
    return new DeviationRun(end, 0, 0, 0, 0, 0, episodeHours, episodeDeviationKwh);
  }

  /** The hour deviated by the given kWh; inside an open episode it counts to the episode. */
  DeviationRun deviating(long start, long end, double deviation, boolean inEpisode) {
    return new DeviationRun(
        end,
        deviatingHours + 1,
        deviatingHours == 0 ? start : runStart,
        runDeviationKwh + deviation,
        0,
        0,
        inEpisode ? episodeHours + 1 : episodeHours,
        inEpisode ? episodeDeviationKwh + deviation : episodeDeviationKwh);
  }

  /** The hour was normal. */
  DeviationRun normal(long start, long end) {
    return new DeviationRun(
        end,
        0,
        0,
        0,
        normalHours + 1,
        normalHours == 0 ? start : normalStart,
        episodeHours,
        episodeDeviationKwh);
  }

  /** The current deviating run becomes an episode. */
  DeviationRun episodeRaised() {
    return new DeviationRun(
        lastHourEnd,
        deviatingHours,
        runStart,
        runDeviationKwh,
        normalHours,
        normalStart,
        deviatingHours,
        runDeviationKwh);
  }

  /** The episode is over. */
  DeviationRun episodeCleared() {
    return new DeviationRun(
        lastHourEnd, deviatingHours, runStart, runDeviationKwh, normalHours, normalStart, 0, 0);
  }
}
