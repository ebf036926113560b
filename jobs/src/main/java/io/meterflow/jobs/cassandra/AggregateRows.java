package io.meterflow.jobs.cassandra;

import io.meterflow.contracts.AggregateScope;
import io.meterflow.contracts.ConsumptionAggregate;

/**
 * Rows of consumption_by_area_hour: the AREA_HOUR aggregates. The write timestamp is the
 * aggregate's version, so a restated hour wins over the statement it replaces.
 */
public final class AggregateRows {

  static final String AREA_HOUR_CQL =
      "INSERT INTO consumption_by_area_hour (tenant, area_id, day, hour_start, register, hour_end,"
          + " consumption, unit, meter_count, estimated_meter_count, version)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) USING TIMESTAMP ?";

  /** Aggregates of meter.aggregates with scope AREA_HOUR. */
  public static final TableWrite<ConsumptionAggregate> AREA_HOUR =
      new TableWrite<>(
          "consumption-by-area-hour",
          "consumption_by_area_hour",
          AREA_HOUR_CQL,
          AggregateRows::areaHour,
          aggregate ->
              aggregate.getScope() == AggregateScope.AREA_HOUR && aggregate.getAreaId() != null);

  private AggregateRows() {}

  static Object[] areaHour(ConsumptionAggregate aggregate) {
    return new Object[] {
      aggregate.getTenant(),
      aggregate.getAreaId(),
      CqlValues.utcDay(aggregate.getPeriodStart()),
      aggregate.getPeriodStart(),
      aggregate.getRegister().name(),
      aggregate.getPeriodEnd(),
      aggregate.getConsumption(),
      aggregate.getUnit().name(),
      aggregate.getMeterCount(),
      aggregate.getEstimatedMeterCount(),
      aggregate.getVersion(),
      (long) aggregate.getVersion()
    };
  }
}
