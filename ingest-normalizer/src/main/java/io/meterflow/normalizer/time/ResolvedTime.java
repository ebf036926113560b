package io.meterflow.normalizer.time;

import io.meterflow.contracts.ReadingFlag;
import java.time.Instant;
import java.util.Set;

/**
 * A reading time placed on the time line, with the flags that say how (DST_GAP_SHIFTED,
 * DST_OVERLAP_EARLIER, ZONE_FROM_TENANT_DEFAULT).
 */
public record ResolvedTime(Instant instant, Set<ReadingFlag> flags) {

  public ResolvedTime {
    flags = Set.copyOf(flags);
  }
}
