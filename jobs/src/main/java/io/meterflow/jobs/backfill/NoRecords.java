package io.meterflow.jobs.backfill;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Emits nothing: the inputs a backfill leaves empty (register mappings; devices without {@code
 * --devices}) are derived from the payloads with it, since Flink's collection source fails on an
 * empty collection.
 */
final class NoRecords<I, O> implements FlatMapFunction<I, O> {

  private static final long serialVersionUID = 1L;

  @Override
  public void flatMap(I record, Collector<O> out) {
    // Deliberately empty.
  }
}
