package io.meterflow.jobs.kafka;

import io.meterflow.contracts.ConsumptionAggregate;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.RejectedRecord;
import io.meterflow.contracts.ids.RecordKeys;

/**
 * The Kafka keys of the suite's outputs (SPEC.md section 2). Readings and intervals are keyed by
 * series (tenant, meter, register) so that one series stays in order on one partition for the next
 * job; the steps of an alarm episode share the alarm id, so consumers see RAISED before UPDATED
 * before CLEARED.
 */
public final class OutputKeys {

  public static final RecordKey<MeterReading> READING =
      reading ->
          RecordKeys.series(reading.getTenant(), reading.getMeterId(), reading.getRegister());

  public static final RecordKey<IntervalConsumption> INTERVAL =
      interval ->
          RecordKeys.series(interval.getTenant(), interval.getMeterId(), interval.getRegister());

  public static final RecordKey<MeterAlarm> ALARM = MeterAlarm::getAlarmId;

  public static final RecordKey<ConsumptionAggregate> AGGREGATE =
      aggregate ->
          aggregate.getAreaId() == null
              ? aggregate.getTenant()
              : RecordKeys.area(aggregate.getTenant(), aggregate.getAreaId());

  /** Where the rejected record came from: its location, else its source. */
  public static final RecordKey<RejectedRecord> REJECT =
      reject ->
          reject.getSourceLocation() != null
              ? reject.getSourceLocation()
              : reject.getSourceSystem();

  private OutputKeys() {}
}
