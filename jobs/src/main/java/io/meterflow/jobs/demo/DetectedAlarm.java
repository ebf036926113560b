package io.meterflow.jobs.demo;

import io.meterflow.contracts.AlarmType;
import java.time.Instant;

/** An alarm episode the suite raised: the RAISED record of one alarm id on the alarms topic. */
public record DetectedAlarm(
    String alarmId, AlarmType type, String tenant, String meterId, String areaId, Instant start) {}
