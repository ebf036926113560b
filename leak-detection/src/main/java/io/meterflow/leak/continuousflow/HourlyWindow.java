package io.meterflow.leak.continuousflow;

import java.util.Arrays;

/**
 * The last few hours of a meter, one slot per hour (a ring): the measured volume of the hour, or
 * NaN when it is unknown (interpolated, estimated, invalid, or never seen). This is all the history
 * the continuous-flow rule keeps, so its state stays bounded per meter.
 *
 * <p>A Flink POJO: public fields, kept in keyed state.
 */
public class HourlyWindow {

  /** Hours since the epoch of the newest slot; Long.MIN_VALUE while empty. */
  public long newestHour = Long.MIN_VALUE;

  /** Volume per slot, indexed by hour modulo the length; NaN for an unknown hour. */
  public double[] volumes = new double[0];

  /** Version of the statement held per slot; 0 for an hour never seen. */
  public int[] versions = new int[0];

  public HourlyWindow() {}

  HourlyWindow(int hours) {
    resize(hours);
  }

  /** Adapts the window to a new length (after a configuration change), keeping what still fits. */
  void resize(int hours) {
    if (volumes.length == hours) {
      return;
    }
    double[] oldVolumes = volumes;
    int[] oldVersions = versions;
    volumes = new double[hours];
    versions = new int[hours];
    Arrays.fill(volumes, Double.NaN);
    int kept = newestHour == Long.MIN_VALUE ? 0 : Math.min(hours, oldVolumes.length);
    for (int back = 0; back < kept; back++) {
      long hour = newestHour - back;
      int from = Math.floorMod(hour, oldVolumes.length);
      volumes[slot(hour)] = oldVolumes[from];
      versions[slot(hour)] = oldVersions[from];
    }
  }

  /**
   * Records the newest hour; the hours skipped since the previous newest become unknown.
   *
   * @param volume NaN for an unknown hour
   */
  void advanceTo(long hour, double volume, int version) {
    if (newestHour == Long.MIN_VALUE || hour - newestHour >= volumes.length) {
      Arrays.fill(volumes, Double.NaN);
      Arrays.fill(versions, 0);
    } else {
      for (long skipped = newestHour + 1; skipped < hour; skipped++) {
        volumes[slot(skipped)] = Double.NaN;
        versions[slot(skipped)] = 0;
      }
    }
    newestHour = hour;
    volumes[slot(hour)] = volume;
    versions[slot(hour)] = version;
  }

  /**
   * Replaces an hour still held by a later statement of it.
   *
   * @return false when the hour is no longer (or not yet) held, or the statement is not newer
   */
  boolean restate(long hour, double volume, int version) {
    if (!holds(hour) || version <= versions[slot(hour)]) {
      return false;
    }
    volumes[slot(hour)] = volume;
    versions[slot(hour)] = version;
    return true;
  }

  /** The volume of a held hour: NaN when unknown. */
  double volume(long hour) {
    return volumes[slot(hour)];
  }

  /** True when the hour is within the window. */
  boolean holds(long hour) {
    return newestHour != Long.MIN_VALUE && hour <= newestHour && newestHour - hour < volumes.length;
  }

  int length() {
    return volumes.length;
  }

  private int slot(long hour) {
    return Math.floorMod(hour, volumes.length);
  }
}
