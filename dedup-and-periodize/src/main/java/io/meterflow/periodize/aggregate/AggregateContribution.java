package io.meterflow.periodize.aggregate;

import io.meterflow.contracts.AggregateScope;
import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.periodize.statement.IntervalStatement;

/**
 * The change one interval statement makes to an aggregate: the new statement's contribution minus
 * the one it restates (a Flink POJO). Sending changes rather than statements lets an aggregate keep
 * three running sums instead of one entry per meter.
 */
public class AggregateContribution {

  public AggregateScope scope;
  public String tenant;

  /** The area for AREA_HOUR; null for TENANT_DAY. */
  public String areaId;

  public Register register;
  public CanonicalUnit unit;
  public long periodStart;
  public long periodEnd;
  public double consumption;
  public int meters;
  public int estimatedMeters;

  public AggregateContribution() {}

  /**
   * The change from one statement of an interval to the next, or null when it changes nothing.
   *
   * @param previous the statement restated, null for a first statement
   */
  public static AggregateContribution between(
      AggregateScope scope,
      String tenant,
      String areaId,
      Register register,
      CanonicalUnit unit,
      IntervalStatement previous,
      IntervalStatement next) {
    AggregateContribution change = new AggregateContribution();
    change.scope = scope;
    change.tenant = tenant;
    change.areaId = areaId;
    change.register = register;
    change.unit = unit;
    change.periodStart = next.start();
    change.periodEnd = next.end();
    change.consumption = counted(next) - counted(previous);
    change.meters = meters(next) - meters(previous);
    change.estimatedMeters = estimated(next) - estimated(previous);
    boolean changesNothing =
        change.consumption == 0.0 && change.meters == 0 && change.estimatedMeters == 0;
    return changesNothing ? null : change;
  }

  /** The key of the aggregate the change belongs to. */
  public String aggregateKey() {
    String subject = scope == AggregateScope.AREA_HOUR ? RecordKeys.area(tenant, areaId) : tenant;
    return scope.name()
        + RecordKeys.SEPARATOR
        + subject
        + RecordKeys.SEPARATOR
        + register.name()
        + RecordKeys.SEPARATOR
        + periodStart
        + RecordKeys.SEPARATOR
        + periodEnd;
  }

  private static double counted(IntervalStatement statement) {
    return statement != null && statement.isValid() ? statement.consumption() : 0.0;
  }

  private static int meters(IntervalStatement statement) {
    return statement != null && statement.isValid() ? 1 : 0;
  }

  private static int estimated(IntervalStatement statement) {
    return statement != null && statement.isValid() && statement.isEstimated() ? 1 : 0;
  }
}
