package io.meterflow.leak.metercode;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.ReadingFlag;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The meter info codes passed through as METER_CODE alarms, each with its severity.
 *
 * @param severities the codes to pass through (a subset of {@link #INFO_CODES}) and their severity
 */
public record MeterCodeConfig(boolean enabled, Map<ReadingFlag, AlarmSeverity> severities)
    implements Serializable {

  /** The water meter's own info codes. */
  public static final Set<ReadingFlag> INFO_CODES =
      EnumSet.of(
          ReadingFlag.LEAK,
          ReadingFlag.BURST,
          ReadingFlag.DRY,
          ReadingFlag.REVERSE,
          ReadingFlag.TAMPER);

  public MeterCodeConfig {
    if (!INFO_CODES.containsAll(severities.keySet())) {
      throw new IllegalArgumentException(
          "Meter codes must be among " + INFO_CODES + ", were " + severities.keySet());
    }
    severities = severities.isEmpty() ? Map.of() : new EnumMap<>(severities);
  }
}
