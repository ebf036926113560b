package io.meterflow.jobs.kafka;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;

/**
 * The Kafka key of an output record: the meter, series or area it is about, so that a topic keeps
 * each one's records in order on one partition and downstream jobs can key by it.
 */
@FunctionalInterface
public interface RecordKey<T> extends Serializable {

  String of(T record);

  /** The key as the UTF-8 bytes Kafka stores. */
  default SerializationSchema<T> serializer() {
    return record -> of(record).getBytes(StandardCharsets.UTF_8);
  }
}
