package io.meterflow.normalizer.csv;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * Where a CSV profile finds each field: 0-based column indexes. The optional columns are null when
 * the profile gives the value for the whole file instead.
 */
public record CsvColumns(
    int meterId, int timestamp, int value, Integer register, Integer unit, Integer tenant)
    implements Serializable {

  public CsvColumns {
    Set<Integer> used = new HashSet<>();
    for (Integer column : new Integer[] {meterId, timestamp, value, register, unit, tenant}) {
      if (column == null) {
        continue;
      }
      if (column < 0) {
        throw new IllegalArgumentException("Column indexes start at 0; " + column + " is not one");
      }
      if (!used.add(column)) {
        throw new IllegalArgumentException("Column " + column + " is mapped to two fields");
      }
    }
  }

  /** The columns of a file without optional columns. */
  public static CsvColumns of(int meterId, int timestamp, int value) {
    return new CsvColumns(meterId, timestamp, value, null, null, null);
  }

  /** How many columns a row needs at least. */
  public int width() {
    int widest = Math.max(meterId, Math.max(timestamp, value));
    for (Integer column : new Integer[] {register, unit, tenant}) {
      if (column != null) {
        widest = Math.max(widest, column);
      }
    }
    return widest + 1;
  }
}
