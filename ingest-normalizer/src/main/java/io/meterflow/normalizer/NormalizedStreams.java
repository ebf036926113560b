package io.meterflow.normalizer;

import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.RejectedRecord;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * What the normalizer puts out: canonical readings (for meter.readings.normalized) and rejected
 * records (for the dead-letter queue meter.readings.rejected).
 */
public record NormalizedStreams(
    DataStream<MeterReading> normalized, DataStream<RejectedRecord> rejected) {}
