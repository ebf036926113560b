package io.meterflow.power.testing;

import java.util.HashMap;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.NoOpMetricRegistry;
import org.apache.flink.runtime.metrics.groups.GenericMetricGroup;
import org.apache.flink.runtime.metrics.util.InterceptingOperatorMetricGroup;

/**
 * An operator's metric group that keeps the metrics registered in its groups by path, e.g. {@code
 * power.readingsIn}, so that a harness test can read the operator's counters.
 */
public final class RecordedMetrics extends InterceptingOperatorMetricGroup {

  private final Map<String, Metric> inGroups = new HashMap<>();

  @Override
  public MetricGroup addGroup(String name) {
    return new GenericMetricGroup(NoOpMetricRegistry.INSTANCE, this, name) {
      @Override
      protected void addMetric(String metricName, Metric metric) {
        inGroups.put(name + "." + metricName, metric);
      }
    };
  }

  /** The count of the counter at the path, 0 when none was registered. */
  public long count(String path) {
    Metric metric = inGroups.get(path);
    return metric == null ? 0 : ((Counter) metric).getCount();
  }
}
