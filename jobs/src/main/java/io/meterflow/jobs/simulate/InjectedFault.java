package io.meterflow.jobs.simulate;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One line of the ground truth: a fault the simulator injected.
 *
 * @param meterId the meter, or null for a fault of an area or a tenant
 * @param areaId the area of an AREA_OUTAGE, or the meter's area
 * @param start when the fault began (UTC)
 * @param end when it ended; the end of the simulation for faults still going on then
 * @param parameters what sizes it (flows, shares, delays), sorted by name
 */
public record InjectedFault(
    FaultType type,
    String tenant,
    String meterId,
    String areaId,
    Instant start,
    Instant end,
    SortedMap<String, Object> parameters) {

  public InjectedFault {
    parameters = new TreeMap<>(parameters);
  }

  static InjectedFault of(
      FaultType type, SimulatedMeter meter, Instant start, Instant end, Map<String, ?> parameters) {
    return new InjectedFault(
        type,
        meter.tenant(),
        meter.meterId(),
        meter.areaId(),
        start,
        end,
        new TreeMap<>(parameters));
  }

  /** Whether the fault is in force at the time: from its start, before its end. */
  boolean covers(Instant time) {
    return !time.isBefore(start) && time.isBefore(end);
  }

  double number(String parameter) {
    return ((Number) parameters.get(parameter)).doubleValue();
  }
}
