package io.meterflow.contracts.alarm;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who an alarm is about: one meter (with its area, where known) or a whole area.
 *
 * @param meterId null for an area alarm
 * @param areaId null when a meter's area is not known
 */
public record AlarmSubject(String tenant, String meterId, String areaId) implements Serializable {

  public AlarmSubject {
    Objects.requireNonNull(tenant, "tenant");
    if (meterId == null && areaId == null) {
      throw new IllegalArgumentException("An alarm is about a meter or an area: give one");
    }
  }

  public static AlarmSubject meter(String tenant, String meterId, String areaId) {
    return new AlarmSubject(tenant, Objects.requireNonNull(meterId, "meterId"), areaId);
  }

  public static AlarmSubject area(String tenant, String areaId) {
    return new AlarmSubject(tenant, null, Objects.requireNonNull(areaId, "areaId"));
  }

  /** The part of the alarm id that names the subject; meters and areas cannot collide. */
  String idPart() {
    return meterId != null ? "meter:" + meterId : "area:" + areaId;
  }
}
