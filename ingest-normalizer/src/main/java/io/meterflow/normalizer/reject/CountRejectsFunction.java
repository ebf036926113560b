package io.meterflow.normalizer.reject;

import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.RejectedRecord;
import io.meterflow.normalizer.NormalizerMetrics;
import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * Counts the rejects of all steps in one place, in total and per reason. Every reason's counter is
 * registered up front, so dashboards show a zero rather than no series.
 */
public class CountRejectsFunction extends RichMapFunction<RejectedRecord, RejectedRecord> {

  private static final long serialVersionUID = 1L;

  private transient Counter total;
  private transient Map<RejectReason, Counter> byReason;

  @Override
  public void open(OpenContext openContext) {
    MetricGroup group = NormalizerMetrics.group(getRuntimeContext().getMetricGroup());
    total = group.counter(NormalizerMetrics.RECORDS_REJECTED);
    byReason = new EnumMap<>(RejectReason.class);
    for (RejectReason reason : RejectReason.values()) {
      byReason.put(
          reason,
          group
              .addGroup(NormalizerMetrics.REASON, reason.name())
              .counter(NormalizerMetrics.RECORDS_REJECTED));
    }
  }

  @Override
  public RejectedRecord map(RejectedRecord rejected) {
    total.inc();
    byReason.get(rejected.getReason()).inc();
    return rejected;
  }
}
