package io.meterflow.jobs.simulate;

/**
 * A register index as the meter keeps it: whole counts of its resolution (1 Wh, 1 L, 10 Wh) that
 * wrap to 0 at the register's digit limit, and restart at 0 on a new meter.
 */
final class CumulativeRegister {

  private final long wrapAt;
  private double counts;

  /**
   * @param digits integer digits in the canonical unit
   * @param countsPerUnit register counts per canonical unit
   * @param initialCounts the index at the start
   */
  CumulativeRegister(int digits, long countsPerUnit, double initialCounts) {
    this.wrapAt = (long) Math.pow(10, digits) * countsPerUnit;
    this.counts = initialCounts;
  }

  void add(double moreCounts) {
    counts += moreCounts;
  }

  /** The index the meter shows: whole counts below the wrap limit. */
  long reading() {
    return Math.floorMod((long) Math.floor(counts), wrapAt);
  }

  /** A new meter in place of the old one starts from zero. */
  void replace() {
    counts = 0;
  }

  long wrapAt() {
    return wrapAt;
  }
}
