package io.meterflow.periodize.statement;

import io.meterflow.contracts.IntervalFlag;
import io.meterflow.contracts.IntervalQuality;
import java.util.ArrayList;
import java.util.List;

/**
 * What is stated about one interval of one series, without its identity or version: two statements
 * of the same interval are equal exactly when a restatement would change nothing.
 *
 * @param flagBits the flags, one bit per IntervalFlag ordinal
 */
public record IntervalStatement(
    long start,
    long end,
    double consumption,
    Double startIndex,
    Double endIndex,
    Double minValue,
    Double maxValue,
    int readingCount,
    Double completeness,
    IntervalQuality quality,
    int flagBits) {

  /** A statement of a cumulative register: boundary indexes, no min, max or completeness. */
  public static IntervalStatement ofIndexes(
      long start,
      long end,
      double consumption,
      Double startIndex,
      Double endIndex,
      int readingCount,
      IntervalQuality quality,
      int flagBits) {
    return new IntervalStatement(
        start,
        end,
        consumption,
        startIndex,
        endIndex,
        null,
        null,
        readingCount,
        null,
        quality,
        flagBits);
  }

  /** A statement of an instant register: the mean as consumption, with least and greatest. */
  public static IntervalStatement ofValues(
      long start, long end, double mean, double min, double max, int readingCount, int flagBits) {
    return new IntervalStatement(
        start,
        end,
        mean,
        null,
        null,
        min,
        max,
        readingCount,
        null,
        IntervalQuality.MEASURED,
        flagBits);
  }

  public static int bit(IntervalFlag flag) {
    return 1 << flag.ordinal();
  }

  public IntervalStatement withFlag(IntervalFlag flag) {
    return new IntervalStatement(
        start,
        end,
        consumption,
        startIndex,
        endIndex,
        minValue,
        maxValue,
        readingCount,
        completeness,
        quality,
        flagBits | bit(flag));
  }

  public boolean has(IntervalFlag flag) {
    return (flagBits & bit(flag)) != 0;
  }

  /** The flags in the order of the enum. */
  public List<IntervalFlag> flags() {
    List<IntervalFlag> flags = new ArrayList<>();
    for (IntervalFlag flag : IntervalFlag.values()) {
      if (has(flag)) {
        flags.add(flag);
      }
    }
    return flags;
  }

  /** True when the consumption counts: every quality but INVALID. */
  public boolean isValid() {
    return quality != IntervalQuality.INVALID;
  }

  /** True when the consumption was filled in across missing data. */
  public boolean isEstimated() {
    return quality == IntervalQuality.INTERPOLATED || quality == IntervalQuality.ESTIMATED;
  }
}
