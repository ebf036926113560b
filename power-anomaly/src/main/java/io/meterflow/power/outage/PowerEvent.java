package io.meterflow.power.outage;

/**
 * A meter's POWER_FAIL or POWER_RESTORED, with the meter's area, on its way to the area outage
 * rule.
 *
 * @param time when the meter reported it (epoch ms)
 * @param powerFailed true for POWER_FAIL, false for POWER_RESTORED
 */
public record PowerEvent(
    String tenant, String areaId, String meterId, long time, boolean powerFailed) {}
