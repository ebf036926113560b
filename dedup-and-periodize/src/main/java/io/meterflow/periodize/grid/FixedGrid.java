package io.meterflow.periodize.grid;

/** Intervals of a fixed length aligned to the UTC epoch (PT15M, PT1H). */
record FixedGrid(long lengthMillis) implements IntervalGrid {

  @Override
  public long startOf(long instant) {
    return instant - Math.floorMod(instant, lengthMillis);
  }

  @Override
  public long endOf(long start) {
    return start + lengthMillis;
  }

  @Override
  public boolean isIrregular(long start, long end) {
    return false;
  }
}
