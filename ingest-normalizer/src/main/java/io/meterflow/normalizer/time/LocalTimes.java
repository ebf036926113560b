package io.meterflow.normalizer.time;

import io.meterflow.contracts.ReadingFlag;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Local wall-clock times placed on the time line, with the two DST cases resolved the way {@link
 * ZonedDateTime#ofLocal} resolves them (without a preferred offset):
 *
 * <ul>
 *   <li>a time inside a spring-forward gap does not exist; it is moved later by the length of the
 *       gap (Europe/Madrid 2024-03-31 02:30 becomes 03:30+02:00), flagged DST_GAP_SHIFTED;
 *   <li>a time inside an autumn overlap exists twice; the earlier instant is taken, the one with
 *       the summer offset (Europe/Madrid 2024-10-27 02:30 becomes 02:30+02:00), flagged
 *       DST_OVERLAP_EARLIER.
 * </ul>
 *
 * Both are deterministic, so a replay resolves the same time the same way.
 */
public final class LocalTimes {

  private LocalTimes() {}

  public static ResolvedTime resolve(LocalDateTime local, ZoneId zone, Set<ReadingFlag> flags) {
    Set<ReadingFlag> all =
        flags.isEmpty() ? EnumSet.noneOf(ReadingFlag.class) : EnumSet.copyOf(flags);
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.isEmpty()) {
      all.add(ReadingFlag.DST_GAP_SHIFTED);
    } else if (offsets.size() > 1) {
      all.add(ReadingFlag.DST_OVERLAP_EARLIER);
    }
    return new ResolvedTime(ZonedDateTime.ofLocal(local, zone, null).toInstant(), all);
  }
}
