package io.meterflow.periodize.series;

import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.periodize.dedup.ReadLog;
import io.meterflow.periodize.dedup.ReadLogCodec;
import io.meterflow.periodize.device.SeriesReading;
import io.meterflow.periodize.statement.SeriesContext;
import java.time.DateTimeException;
import java.time.ZoneId;

/** A series' state decoded for work: its reads, versions, progress and master data. */
public final class OpenSeries {

  /** No interval stated yet, or no timer pending. */
  public static final long NOTHING = Long.MIN_VALUE;

  private final ReadingKind kind;
  private final ReadLog log;
  private final IntervalVersions versions;
  private long statedThrough;
  private long timer;
  private String zone;
  private String areaId;
  private int digits;
  private long replacementTime;

  private OpenSeries(
      ReadingKind kind, ReadLog log, IntervalVersions versions, long statedThrough, long timer) {
    this.kind = kind;
    this.log = log;
    this.versions = versions;
    this.statedThrough = statedThrough;
    this.timer = timer;
    this.replacementTime = SeriesContext.NEVER;
  }

  /** A series that has no state yet. */
  public static OpenSeries start(ReadingKind kind) {
    return new OpenSeries(kind, new ReadLog(), new IntervalVersions(), NOTHING, NOTHING);
  }

  public static OpenSeries open(SeriesState state) {
    OpenSeries series =
        new OpenSeries(
            state.kind,
            ReadLogCodec.decode(state.reads),
            IntervalVersions.decode(state.versions),
            state.statedThrough,
            state.timer);
    series.zone = state.zone;
    series.areaId = state.areaId;
    series.digits = state.digits;
    series.replacementTime = state.replacementTime;
    return series;
  }

  public SeriesState toState() {
    SeriesState state = new SeriesState();
    state.kind = kind;
    state.reads = ReadLogCodec.encode(log);
    state.versions = versions.encode();
    state.statedThrough = statedThrough;
    state.timer = timer;
    state.zone = zone;
    state.areaId = areaId;
    state.digits = digits;
    state.replacementTime = replacementTime;
    return state;
  }

  /** Takes the master data the latest reading came with. */
  public void useMasterData(SeriesReading reading) {
    zone = reading.zone;
    areaId = reading.areaId;
    digits = reading.digits;
    replacementTime = reading.replacementTime;
  }

  /** What the statements depend on besides the reads; an unknown zone falls back. */
  public SeriesContext context(CanonicalUnit unit, ZoneId defaultZone) {
    return new SeriesContext(
        zone(defaultZone), digits > 0 ? Math.pow(10, digits) : 0, replacementTime, unit);
  }

  public ReadingKind kind() {
    return kind;
  }

  public ReadLog log() {
    return log;
  }

  public IntervalVersions versions() {
    return versions;
  }

  public long statedThrough() {
    return statedThrough;
  }

  public void statedThrough(long time) {
    statedThrough = time;
  }

  public long timer() {
    return timer;
  }

  public void timer(long time) {
    timer = time;
  }

  public String areaId() {
    return areaId;
  }

  /** The meter's zone; the default when unknown or not a valid zone id. */
  public ZoneId zone(ZoneId defaultZone) {
    if (zone == null) {
      return defaultZone;
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      return defaultZone;
    }
  }
}
