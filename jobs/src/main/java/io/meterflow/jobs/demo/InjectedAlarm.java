package io.meterflow.jobs.demo;

import io.meterflow.contracts.AlarmType;
import java.time.Instant;

/**
 * An alarm fault of the simulator's ground truth: what a rule should raise, on which meter (or
 * area, for AREA_OUTAGE), and when the fault was in force.
 */
public record InjectedAlarm(
    AlarmType type, String tenant, String meterId, String areaId, Instant start, Instant end) {}
