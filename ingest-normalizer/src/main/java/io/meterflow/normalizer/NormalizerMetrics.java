package io.meterflow.normalizer;

import org.apache.flink.metrics.MetricGroup;

/**
 * The normalizer's counters, all in the metric group {@value #GROUP}. They add up: {@value
 * #RECORDS_IN} = {@value #READINGS_NORMALIZED} + {@value #RECORDS_REJECTED} + {@value
 * #HEADER_LINES_SKIPPED}. Rejects are also counted per reason, under the key-value group {@value
 * #REASON} (a label in Prometheus).
 */
public final class NormalizerMetrics {

  public static final String GROUP = "normalizer";
  public static final String RECORDS_IN = "recordsIn";
  public static final String HEADER_LINES_SKIPPED = "headerLinesSkipped";
  public static final String READINGS_NORMALIZED = "readingsNormalized";
  public static final String RECORDS_REJECTED = "recordsRejected";
  public static final String REASON = "reason";

  /** Status codes left out of a reading's flags because they are not known (not a reject). */
  public static final String UNKNOWN_STATUS_CODES = "unknownStatusCodes";

  private NormalizerMetrics() {}

  /** The normalizer's group within an operator's metric group. */
  public static MetricGroup group(MetricGroup operator) {
    return operator.addGroup(GROUP);
  }
}
