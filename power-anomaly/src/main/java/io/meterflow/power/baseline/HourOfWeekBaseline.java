package io.meterflow.power.baseline;

import java.util.Arrays;

/**
 * A meter's usual hourly consumption for each of the 168 hours of the week, learned online: per
 * slot a level and a usual absolute deviation, both exponentially weighted, and the number of weeks
 * seen. A fixed-size structure, not a history: its serialized size does not grow with the weeks it
 * has seen (floats, and a week count that stops at {@link #MAX_WEEKS}).
 *
 * <p>Robust: once a slot has warmed up, a new hour moves it by at most a few usual deviations (a
 * Huber clip), so single outliers barely shift it. Until then every hour counts fully, with weight
 * 1/(n+1), the running mean, so that the first weeks are not dominated by the first one.
 *
 * <p>A Flink POJO (no-argument constructor, getters and setters) so that its state evolves with the
 * POJO serializer; the domain methods are {@link #level}, {@link #usualDeviation}, {@link #weeks}
 * and {@link #learn}.
 */
public class HourOfWeekBaseline {

  /** Weeks are counted up to here: enough for any warm-up and for the 1/(n+1) weights. */
  public static final int MAX_WEEKS = Byte.MAX_VALUE;

  private float[] levels = new float[HourOfWeek.SLOTS];
  private float[] deviations = new float[HourOfWeek.SLOTS];
  private byte[] weekCounts = new byte[HourOfWeek.SLOTS];

  public HourOfWeekBaseline() {}

  /** The slot's usual consumption (kWh). */
  public double level(int slot) {
    return levels[slot];
  }

  /** The slot's usual absolute deviation from its level (kWh). */
  public double usualDeviation(int slot) {
    return deviations[slot];
  }

  /** The weeks the slot has seen, up to {@link #MAX_WEEKS}. */
  public int weeks(int slot) {
    return weekCounts[slot];
  }

  /**
   * Learns one hour of the slot.
   *
   * @param alpha the weight of a new week once the running mean weighs less
   * @param warmUpWeeks from this many weeks on, a new hour is clipped
   * @param clip most a new hour moves the slot, in usual deviations (taken as at least {@code
   *     floor})
   * @param floor least usual deviation (kWh) the clip assumes
   * @param rate factor on the weight: 1, or less for hours inside an anomaly
   */
  public void learn(
      int slot, double kwh, double alpha, int warmUpWeeks, double clip, double floor, double rate) {
    int seen = weekCounts[slot];
    if (seen == 0) {
      levels[slot] = (float) kwh;
      deviations[slot] = 0;
      weekCounts[slot] = 1;
      return;
    }
    double weight = Math.max(alpha, 1.0 / (seen + 1)) * rate;
    double residual = kwh - levels[slot];
    if (seen >= warmUpWeeks) {
      double bound = clip * Math.max(deviations[slot], floor);
      residual = Math.max(-bound, Math.min(bound, residual));
    }
    levels[slot] += (float) (weight * residual);
    deviations[slot] += (float) (weight * (Math.abs(residual) - deviations[slot]));
    weekCounts[slot] = (byte) Math.min(seen + 1, MAX_WEEKS);
  }

  // For Flink's POJO serializer.

  public float[] getLevels() {
    return levels;
  }

  public void setLevels(float[] levels) {
    this.levels = levels;
  }

  public float[] getDeviations() {
    return deviations;
  }

  public void setDeviations(float[] deviations) {
    this.deviations = deviations;
  }

  public byte[] getWeekCounts() {
    return weekCounts;
  }

  public void setWeekCounts(byte[] weekCounts) {
    this.weekCounts = weekCounts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HourOfWeekBaseline that
        && Arrays.equals(levels, that.levels)
        && Arrays.equals(deviations, that.deviations)
        && Arrays.equals(weekCounts, that.weekCounts);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(levels) + Arrays.hashCode(deviations))
        + Arrays.hashCode(weekCounts);
  }
}
