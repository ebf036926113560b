package io.meterflow.periodize;

import io.meterflow.contracts.ConsumptionAggregate;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.RejectedRecord;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The outputs of the dedup-and-periodize topology.
 *
 * @param accepted new and corrected readings, deduplicated: the readings table
 * @param late readings later than the allowed lateness: meter.readings.late and the readings table
 * @param rejected readings that cannot be periodized (non-finite value, a kind that conflicts with
 *     the series): meter.readings.rejected
 * @param intervals interval statements, restatements with higher versions: meter.readings.intervals
 *     and the intervals tables
 * @param aggregates AREA_HOUR and TENANT_DAY consumption: meter.aggregates and the aggregate table
 */
public record PeriodizeOutputs(
    DataStream<MeterReading> accepted,
    DataStream<MeterReading> late,
    DataStream<RejectedRecord> rejected,
    DataStream<IntervalConsumption> intervals,
    DataStream<ConsumptionAggregate> aggregates) {}
