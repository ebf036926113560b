package io.meterflow.leak.detector;

import org.apache.flink.api.common.functions.FilterFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFilterFunction;
import org.apache.flink.metrics.Counter;

/**
 * Keeps the records a detector works on and counts what it passes and ignores ({@code <what>In},
 * {@code <what>Ignored}), so that the records in add up to ignored plus what the detector accounts
 * for.
 */
public final class CountingFilter<T> extends RichFilterFunction<T> {

  private final String what;
  private final FilterFunction<T> keep;
  private transient Counter in;
  private transient Counter ignored;

  /**
   * @param what the metric name prefix, e.g. "intervals"
   * @param keep true for the records to keep
   */
  public CountingFilter(String what, FilterFunction<T> keep) {
    this.what = what;
    this.keep = keep;
  }

  @Override
  public void open(OpenContext openContext) {
    in = getRuntimeContext().getMetricGroup().counter(what + "In");
    ignored = getRuntimeContext().getMetricGroup().counter(what + "Ignored");
  }

  @Override
  public boolean filter(T record) throws Exception {
    in.inc();
    boolean kept = keep.filter(record);
    if (!kept) {
      ignored.inc();
    }
    return kept;
  }
}
