package io.meterflow.power.baseline;

import java.util.Arrays;

/**
 * A meter's usual hourly consumption in a fixed number of slots (the hours of the week, or the
 * hours of a weekday and of a weekend day), learned online: per slot a level and a usual absolute
 * deviation, both exponentially weighted, and the number of observations seen (one a week for an
 * hour-of-week slot, one a day for an hour-of-day slot). A fixed-size structure, not a history: its
 * serialized size does not grow with the observations it has seen (floats, and a count that stops
 * at {@link #MAX_COUNT}).
 *
 * <p>Robust: once a slot has warmed up, a new hour moves it by at most a few usual deviations (a
 * Huber clip), so single outliers barely shift it. Until then every hour counts fully, with weight
 * 1/(n+1), the running mean, so that the first observations are not dominated by the first one.
 *
 * <p>A Flink POJO (no-argument constructor, getters and setters) so that its state evolves with the
 * POJO serializer; the domain methods are {@link #level}, {@link #usualDeviation}, {@link #count}
 * and {@link #learn}.
 */
public class SlotBaseline {

  /** Observations are counted up to here: enough for any warm-up and for the 1/(n+1) weights. */
  public static final int MAX_COUNT = Byte.MAX_VALUE;

  private float[] levels;
  private float[] deviations;
  private byte[] counts;

  /** For Flink's POJO serializer, which sets the arrays. */
  public SlotBaseline() {
    this(0);
  }

  private SlotBaseline(int slots) {
    levels = new float[slots];
    deviations = new float[slots];
    counts = new byte[slots];
  }

  /** The 168 slots of {@link HourOfWeek}. */
  public static SlotBaseline hourOfWeek() {
    return new SlotBaseline(HourOfWeek.SLOTS);
  }

  /** The 48 slots of {@link HourOfDay}. */
  public static SlotBaseline hourOfDay() {
    return new SlotBaseline(HourOfDay.SLOTS);
  }

  /** The slot's usual consumption (kWh). */
  public double level(int slot) {
    return levels[slot];
  }

  /** The slot's usual absolute deviation from its level (kWh). */
  public double usualDeviation(int slot) {
    return deviations[slot];
  }

  /** The observations the slot has seen, up to {@link #MAX_COUNT}. */
  public int count(int slot) {
    return counts[slot];
  }

  /**
   * Learns one hour of the slot.
   *
   * @param alpha the weight of a new observation once the running mean weighs less
   * @param warmUp from this many observations on, a new hour is clipped
   * @param clip most a new hour moves the slot, in usual deviations (taken as at least {@code
   *     floor})
   * @param floor least usual deviation (kWh) the clip assumes
   * @param rate factor on the weight: 1, or less for hours inside an anomaly
   */
  public void learn(
      int slot, double kwh, double alpha, int warmUp, double clip, double floor, double rate) {
    int seen = counts[slot];
    if (seen == 0) {
      levels[slot] = (float) kwh;
      deviations[slot] = 0;
      counts[slot] = 1;
      return;
    }
    double weight = Math.max(alpha, 1.0 / (seen + 1)) * rate;
    double residual = kwh - levels[slot];
    if (seen >= warmUp) {
      double bound = clip * Math.max(deviations[slot], floor);
      residual = Math.max(-bound, Math.min(bound, residual));
    }
    levels[slot] += (float) (weight * residual);
    deviations[slot] += (float) (weight * (Math.abs(residual) - deviations[slot]));
    counts[slot] = (byte) Math.min(seen + 1, MAX_COUNT);
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

  public byte[] getCounts() {
    return counts;
  }

  public void setCounts(byte[] counts) {
    this.counts = counts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SlotBaseline that
        && Arrays.equals(levels, that.levels)
        && Arrays.equals(deviations, that.deviations)
        && Arrays.equals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(levels) + Arrays.hashCode(deviations))
        + Arrays.hashCode(counts);
  }
}
