package io.meterflow.jobs.bench;

import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.contracts.registry.ConfluentAvroFormats;
import io.meterflow.contracts.registry.RegistryClientSettings;
import io.meterflow.normalizer.raw.RawPayload;
import java.time.Instant;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.serialization.SerializationSchema;

/**
 * The n-th message of a generated head-end topic as the normalizer's Kafka source wraps it: a
 * {@link FleetHeadEnd} reading in the Confluent wire format, received at its reading time.
 */
final class FleetPayloads implements MapFunction<Long, RawPayload> {
  private static final long serialVersionUID = 1L;

  private final FleetHeadEnd readings;
  private final String topic;
  private final SerializationSchema<HeadEndReading> serializer;

  FleetPayloads(long series, String topic, RegistryClientSettings registry) {
    this.readings = new FleetHeadEnd(series);
    this.topic = topic;
    this.serializer = ConfluentAvroFormats.serializer(HeadEndReading.class, topic, registry);
  }

  @Override
  public RawPayload map(Long n) {
    HeadEndReading reading = readings.map(n);
    return RawPayload.headEnd(
        topic, 0, n, serializer.serialize(reading), Instant.parse(reading.getTimestamp()));
  }
}
