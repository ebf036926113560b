package io.meterflow.jobs.kafka;

import io.meterflow.contracts.SourceFormat;
import io.meterflow.normalizer.raw.RawPayload;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Wraps a Kafka record of an input topic, undecoded, into a {@link RawPayload} with its location
 * ({@code topic-partition@offset}) and the record's timestamp as ingest time. Decoding belongs to
 * the normalizer, which rejects what it cannot read; a Kafka source that threw here would restart
 * the job forever on one bad record.
 */
final class RawPayloadDeserializer implements KafkaRecordDeserializationSchema<RawPayload> {

  private static final long serialVersionUID = 1L;

  private final SourceFormat format;

  RawPayloadDeserializer(SourceFormat format) {
    if (format == SourceFormat.CSV_FILE) {
      throw new IllegalArgumentException("CSV rows come from files, not from Kafka");
    }
    this.format = format;
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawPayload> out) {
    if (record.value() == null) {
      return; // a tombstone: nothing was sent, so nothing is lost
    }
    Instant ingestTime = Instant.ofEpochMilli(record.timestamp());
    out.collect(
        format == SourceFormat.HEAD_END_AVRO
            ? RawPayload.headEnd(
                record.topic(), record.partition(), record.offset(), record.value(), ingestTime)
            : RawPayload.webApiJson(
                record.topic(),
                record.partition(),
                record.offset(),
                new String(record.value(), StandardCharsets.UTF_8),
                ingestTime));
  }

  @Override
  public TypeInformation<RawPayload> getProducedType() {
    return TypeInformation.of(RawPayload.class);
  }
}
