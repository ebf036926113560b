package io.meterflow.periodize.series;

import io.meterflow.contracts.ReadingKind;

/**
 * The keyed state of one series, compact by design (a Flink POJO of primitives, strings and two
 * byte arrays: schema-evolvable, no Kryo). A 15-minute series holds about 2 days of reads, some 600
 * bytes in all; see {@link io.meterflow.periodize.dedup.ReadLogCodec}.
 */
public class SeriesState {

  /** The kind of the series' readings, fixed by its first reading. */
  public ReadingKind kind;

  /** The reads still needed, encoded by ReadLogCodec. */
  public byte[] reads;

  /** The versions of restated intervals, encoded by IntervalVersions. */
  public byte[] versions;

  /** Every interval ending at or before this has been stated, when the reads could state it. */
  public long statedThrough = OpenSeries.NOTHING;

  /** The one pending event-time timer of the series; OpenSeries.NOTHING when none. */
  public long timer = OpenSeries.NOTHING;

  /** Master data of the meter from its latest reading (see SeriesReading). */
  public String zone;

  public String areaId;
  public int digits;
  public long replacementTime;

  public SeriesState() {}
}
