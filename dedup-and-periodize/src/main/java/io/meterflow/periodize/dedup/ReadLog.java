package io.meterflow.periodize.dedup;

import java.util.Arrays;

/**
 * The reads of one series that are still needed, sorted by time, one per reading slot: the memory
 * that both deduplication and periodization work from. A read remembers whether its value was
 * corrected, so the intervals it determines can carry the CORRECTED flag.
 */
public final class ReadLog {

  private long[] times;
  private double[] values;
  private boolean[] corrected;
  private int size;

  public ReadLog() {
    this(8);
  }

  ReadLog(int capacity) {
    this(new long[capacity], new double[capacity], new boolean[capacity]);
    size = 0;
  }

  /** A log of sorted, distinct times, taking the arrays over. */
  ReadLog(long[] times, double[] values, boolean[] corrected) {
    this.times = times;
    this.values = values;
    this.corrected = corrected;
    this.size = times.length;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public long time(int index) {
    return times[index];
  }

  public double value(int index) {
    return values[index];
  }

  public boolean corrected(int index) {
    return corrected[index];
  }

  public long firstTime() {
    return times[0];
  }

  public long lastTime() {
    return times[size - 1];
  }

  /** Index of the read at exactly this time, or -(insertion point) - 1. */
  public int indexOf(long time) {
    return Arrays.binarySearch(times, 0, size, time);
  }

  /** Index of the last read at or before the time, or -1. */
  public int lastAtOrBefore(long time) {
    int found = indexOf(time);
    return found >= 0 ? found : -found - 2;
  }

  /** Index of the last read strictly before the time, or -1. */
  public int lastBefore(long time) {
    int found = indexOf(time);
    return found >= 0 ? found - 1 : -found - 2;
  }

  /** Index of the first read at or after the time, or size() when there is none. */
  public int firstAtOrAfter(long time) {
    int found = indexOf(time);
    return found >= 0 ? found : -found - 1;
  }

  /** Index of the first read strictly after the time, or size() when there is none. */
  public int firstAfter(long time) {
    int found = indexOf(time);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** Adds a read at a time that has none. */
  public void insert(long time, double value, boolean isCorrected) {
    int at = -indexOf(time) - 1;
    if (at < 0) {
      throw new IllegalArgumentException("The log already holds a read at " + time);
    }
    if (size == times.length) {
      int capacity = Math.max(8, size * 2);
      times = Arrays.copyOf(times, capacity);
      values = Arrays.copyOf(values, capacity);
      corrected = Arrays.copyOf(corrected, capacity);
    }
    System.arraycopy(times, at, times, at + 1, size - at);
    System.arraycopy(values, at, values, at + 1, size - at);
    System.arraycopy(corrected, at, corrected, at + 1, size - at);
    times[at] = time;
    values[at] = value;
    corrected[at] = isCorrected;
    size++;
  }

  /** Replaces the value of a read and marks it corrected. */
  public void correct(int index, double value) {
    values[index] = value;
    corrected[index] = true;
  }

  /** Forgets every read before the index. */
  public void dropBefore(int index) {
    if (index <= 0) {
      return;
    }
    System.arraycopy(times, index, times, 0, size - index);
    System.arraycopy(values, index, values, 0, size - index);
    System.arraycopy(corrected, index, corrected, 0, size - index);
    size -= index;
  }

  public ReadLog copy() {
    return new ReadLog(
        Arrays.copyOf(times, size), Arrays.copyOf(values, size), Arrays.copyOf(corrected, size));
  }
}
