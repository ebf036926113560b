package io.meterflow.periodize.series;

/**
 * The accounting of the readings a series operator took in: in = accepted + duplicates + late +
 * rejected; corrections are the accepted readings that replaced an earlier value.
 */
public record ReadingCounts(
    long in, long accepted, long duplicates, long late, long rejected, long corrections) {

  /** True when every reading that came in is accounted for exactly once. */
  public boolean addUp() {
    return in == accepted + duplicates + late + rejected;
  }
}
