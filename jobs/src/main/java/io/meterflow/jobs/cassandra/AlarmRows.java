package io.meterflow.jobs.cassandra;

import io.meterflow.contracts.MeterAlarm;
import java.util.Map;

/**
 * Rows of alarms_by_meter (meter alarms) and alarms_by_tenant_day (every alarm): one row per
 * episode, keyed by its start time and id, which every step of the episode carries. The write
 * timestamp is the step's sequence, so the row holds the episode's latest step (RAISED, UPDATED,
 * CLEARED) whatever order the steps reach Cassandra in.
 */
public final class AlarmRows {

  private static final String STEP_COLUMNS =
      "type, severity, status, sequence, end_time, event_time, message, evidence, parameters";
  private static final String STEP_MARKERS = "?, ?, ?, ?, ?, ?, ?, ?, ?";

  static final String BY_METER_CQL =
      "INSERT INTO alarms_by_meter (tenant, meter_id, raised_time, alarm_id, area_id, "
          + STEP_COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, "
          + STEP_MARKERS
          + ") USING TIMESTAMP ?";

  static final String BY_TENANT_DAY_CQL =
      "INSERT INTO alarms_by_tenant_day (tenant, day, raised_time, alarm_id, meter_id, area_id, "
          + STEP_COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, "
          + STEP_MARKERS
          + ") USING TIMESTAMP ?";

  /** Alarms of meter.alarms about one meter (area alarms have no meter). */
  public static final TableWrite<MeterAlarm> BY_METER =
      new TableWrite<>(
          "alarms-by-meter",
          "alarms_by_meter",
          BY_METER_CQL,
          AlarmRows::byMeter,
          alarm -> alarm.getMeterId() != null);

  /** Every alarm of meter.alarms, by tenant and the UTC day it started. */
  public static final TableWrite<MeterAlarm> BY_TENANT_DAY =
      TableWrite.ofAll(
          "alarms-by-tenant-day",
          "alarms_by_tenant_day",
          BY_TENANT_DAY_CQL,
          AlarmRows::byTenantDay);

  private AlarmRows() {}

  static Object[] byMeter(MeterAlarm alarm) {
    return withStep(
        alarm,
        alarm.getTenant(),
        alarm.getMeterId(),
        alarm.getStartTime(),
        alarm.getAlarmId(),
        alarm.getAreaId());
  }

  static Object[] byTenantDay(MeterAlarm alarm) {
    return withStep(
        alarm,
        alarm.getTenant(),
        CqlValues.utcDay(alarm.getStartTime()),
        alarm.getStartTime(),
        alarm.getAlarmId(),
        alarm.getMeterId(),
        alarm.getAreaId());
  }

  /** The key values given, then the step's columns, then the write timestamp. */
  private static Object[] withStep(MeterAlarm alarm, Object... keys) {
    Object[] step = {
      alarm.getType().name(),
      alarm.getSeverity().name(),
      alarm.getStatus().name(),
      alarm.getSequence(),
      alarm.getEndTime(),
      alarm.getEventTime(),
      alarm.getMessage(),
      Map.copyOf(alarm.getEvidence()),
      Map.copyOf(alarm.getParameters()),
      (long) alarm.getSequence()
    };
    Object[] row = new Object[keys.length + step.length];
    System.arraycopy(keys, 0, row, 0, keys.length);
    System.arraycopy(step, 0, row, keys.length, step.length);
    return row;
  }
}
