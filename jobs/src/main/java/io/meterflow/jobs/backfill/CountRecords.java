package io.meterflow.jobs.backfill;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.FilterFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Passes records through and counts those it is asked to in the named accumulator, which the
 * backfill reads from the job result for its summary.
 */
final class CountRecords<T> extends RichMapFunction<T, T> {

  private static final long serialVersionUID = 1L;

  private final String counterName;
  private final FilterFunction<T> counted;
  private transient LongCounter counter;

  /** Counts the records that {@code counted} accepts. */
  CountRecords(String counterName, FilterFunction<T> counted) {
    this.counterName = counterName;
    this.counted = counted;
  }

  @Override
  public void open(OpenContext openContext) {
    counter = getRuntimeContext().getLongCounter(counterName);
  }

  @Override
  public T map(T record) throws Exception {
    if (counted.filter(record)) {
      counter.add(1);
    }
    return record;
  }
}
