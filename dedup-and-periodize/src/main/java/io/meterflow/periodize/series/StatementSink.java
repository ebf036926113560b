package io.meterflow.periodize.series;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.periodize.aggregate.AggregateContribution;

/** Where the statements of a series go: the operator's outputs, or a test's lists. */
public interface StatementSink {

  void interval(IntervalConsumption interval);

  void contribution(AggregateContribution contribution);
}
