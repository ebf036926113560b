package io.meterflow.power.communication;

/**
 * How often a meter usually reports: an exponentially weighted mean of the gaps between its reading
 * times (readings of several registers at one time are one contact).
 *
 * @param lastReading the latest reading time (epoch ms)
 * @param meanGapMillis the usual gap
 * @param gaps gaps seen (counted up to a thousand)
 * @param silenceMet true once the silence after {@code lastReading} was judged
 */
public record CadenceEstimate(
    long lastReading, double meanGapMillis, int gaps, boolean silenceMet) {

  /** A meter's first reading. */
  public static CadenceEstimate first(long readingTime) {
    return new CadenceEstimate(readingTime, 0, 0, false);
  }
}
