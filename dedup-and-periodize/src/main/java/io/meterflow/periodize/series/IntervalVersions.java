package io.meterflow.periodize.series;

import io.meterflow.periodize.encoding.CompactInput;
import io.meterflow.periodize.encoding.CompactOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * The versions of the stated intervals of a series that have been restated, as runs of adjacent
 * intervals of one resolution with the same version. Every other stated interval is at version 1,
 * so a series that was never restated costs one byte here.
 */
public final class IntervalVersions {

  private static final int RESOLUTION = 0;
  private static final int START = 1;
  private static final int END = 2;
  private static final int VERSION = 3;

  // Sorted by resolution, then start; runs of one resolution never overlap.
  private final List<long[]> runs;

  public IntervalVersions() {
    this(new ArrayList<>());
  }

  private IntervalVersions(List<long[]> runs) {
    this.runs = runs;
  }

  public boolean isEmpty() {
    return runs.isEmpty();
  }

  /** The version of a stated interval. */
  public int current(int resolution, long start) {
    for (long[] run : runs) {
      if (run[RESOLUTION] == resolution && run[START] <= start && start < run[END]) {
        return (int) run[VERSION];
      }
    }
    return 1;
  }

  /** Records a restatement of the interval [start, end) and returns its new version. */
  public int restate(int resolution, long start, long end) {
    int version = current(resolution, start) + 1;
    List<long[]> updated = new ArrayList<>(runs.size() + 2);
    for (long[] run : runs) {
      boolean covers = run[RESOLUTION] == resolution && run[START] < end && start < run[END];
      if (!covers) {
        updated.add(run);
        continue;
      }
      if (run[START] < start) {
        updated.add(new long[] {resolution, run[START], start, run[VERSION]});
      }
      if (end < run[END]) {
        updated.add(new long[] {resolution, end, run[END], run[VERSION]});
      }
    }
    updated.add(new long[] {resolution, start, end, version});
    updated.sort(
        (a, b) ->
            a[RESOLUTION] != b[RESOLUTION]
                ? Long.compare(a[RESOLUTION], b[RESOLUTION])
                : Long.compare(a[START], b[START]));
    runs.clear();
    for (long[] run : updated) {
      long[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      boolean continues =
          last != null
              && last[RESOLUTION] == run[RESOLUTION]
              && last[END] == run[START]
              && last[VERSION] == run[VERSION];
      if (continues) {
        last[END] = run[END];
      } else {
        runs.add(run);
      }
    }
    return version;
  }

  /** Forgets the intervals that end at or before the time: they can no longer be restated. */
  public void forgetThrough(long time) {
    runs.removeIf(run -> run[END] <= time);
  }

  public byte[] encode() {
    CompactOutput out = new CompactOutput();
    out.writeUnsigned(runs.size());
    for (long[] run : runs) {
      out.writeUnsigned(run[RESOLUTION]);
      out.writeSigned(run[START]);
      out.writeUnsigned(run[END] - run[START]);
      out.writeUnsigned(run[VERSION]);
    }
    return out.toByteArray();
  }

  public static IntervalVersions decode(byte[] bytes) {
    CompactInput in = new CompactInput(bytes);
    int count = (int) in.readUnsigned();
    List<long[]> runs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long resolution = in.readUnsigned();
      long start = in.readSigned();
      long end = start + in.readUnsigned();
      runs.add(new long[] {resolution, start, end, in.readUnsigned()});
    }
    return new IntervalVersions(runs);
  }
}
