package io.meterflow.contracts.ids;

import io.meterflow.contracts.Register;

/**
 * Keys of the suite's topics and keyed streams. Every key starts with the tenant, so that no state,
 * partition or row of one utility can mix with another's.
 */
public final class RecordKeys {

  /** Separates the parts of a key; the normalizer rejects identifiers that contain it. */
  public static final char SEPARATOR = '|';

  private RecordKeys() {}

  /** Key of a meter: its DeviceInfo, its alarms and its per-meter state. */
  public static String meter(String tenant, String meterId) {
    return tenant + SEPARATOR + meterId;
  }

  /** Key of a series: one register of one meter (readings and intervals topics). */
  public static String series(String tenant, String meterId, Register register) {
    return meter(tenant, meterId) + SEPARATOR + register.name();
  }

  /** Key of an area of a tenant (area aggregates and area alarms). */
  public static String area(String tenant, String areaId) {
    return tenant + SEPARATOR + areaId;
  }

  /** True when an identifier can be part of a key unchanged. */
  public static boolean isValidIdentifier(String identifier) {
    if (identifier == null || identifier.isBlank()) {
      return false;
    }
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (c == SEPARATOR || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }
}
