package io.meterflow.periodize.aggregate;

/** The running sums of one aggregate and what has been stated of it (a Flink POJO). */
public class AggregateState {

  /** The first contribution: identity of the aggregate (scope, tenant, area, period...). */
  public AggregateContribution identity;

  public double consumption;
  public int meters;
  public int estimatedMeters;

  /** Version of the last statement; 0 before the first. */
  public int version;

  /** True when the sums changed since the last statement. */
  public boolean changed;

  /** The pending statement timer; Long.MIN_VALUE when none. */
  public long statementTimer = Long.MIN_VALUE;

  public AggregateState() {}
}
