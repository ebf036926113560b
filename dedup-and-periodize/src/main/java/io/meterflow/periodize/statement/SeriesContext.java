package io.meterflow.periodize.statement;

import io.meterflow.contracts.CanonicalUnit;
import java.time.ZoneId;

/**
 * What a series' statements depend on besides its reads: the meter's master data.
 *
 * @param digitLimit 10^digits of the register, where the index wraps to 0; 0 when unknown
 * @param replacementTime when the meter was replaced (epoch ms); Long.MIN_VALUE when never
 */
public record SeriesContext(
    ZoneId zone, double digitLimit, long replacementTime, CanonicalUnit unit) {

  public static final long NEVER = Long.MIN_VALUE;

  public boolean hasDigitLimit() {
    return digitLimit > 0;
  }
}
