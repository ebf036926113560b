package io.meterflow.jobs.backfill;

import org.apache.avro.generic.IndexedRecord;
import org.apache.flink.api.common.functions.MapFunction;

/** Writes each record of an output as a JSON line ({@link AvroJsonLines}). */
final class EncodeJsonLines<T extends IndexedRecord> implements MapFunction<T, String> {

  private static final long serialVersionUID = 1L;

  @Override
  public String map(T record) {
    return AvroJsonLines.encode(record);
  }
}
