package io.meterflow.periodize.aggregate;

import io.meterflow.contracts.ConsumptionAggregate;
import io.meterflow.periodize.PeriodizeSettings;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.annotation.VisibleForTesting;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Sums interval contributions into one aggregate (AREA_HOUR or TENANT_DAY), keyed by aggregate.
 *
 * <p>The first statement waits until the watermark is the aggregate delay past the period, so that
 * the meters reading at the usual cadence are in. Later changes (late meters, restated intervals)
 * restate it with a higher version, batched to at most one restatement per aggregate delay of
 * watermark progress. Once the watermark is the allowed lateness (plus the delay) past the period,
 * the state is cleared: a contribution arriving after that (an interval first stated or restated
 * that long after its period, e.g. across a long read gap) no longer restates the aggregate and is
 * counted as too late.
 */
public class ConsumptionAggregator
    extends KeyedProcessFunction<String, AggregateContribution, ConsumptionAggregate> {

  private static final long NO_TIMER = Long.MIN_VALUE;

  private final long delayMillis;
  private final long horizonMillis;
  private final Duration stateTtl;
  private transient ValueState<AggregateState> aggregate;
  private transient Counter tooLate;

  public ConsumptionAggregator(PeriodizeSettings settings) {
    this.delayMillis = settings.aggregateDelay().toMillis();
    this.horizonMillis = settings.allowedLateness().toMillis() + delayMillis;
    this.stateTtl = settings.stateTtl();
  }

  @Override
  public void open(OpenContext openContext) {
    ValueStateDescriptor<AggregateState> descriptor =
        new ValueStateDescriptor<>("aggregate", TypeInformation.of(AggregateState.class));
    descriptor.enableTimeToLive(StateTtlConfig.newBuilder(stateTtl).build());
    aggregate = getRuntimeContext().getState(descriptor);
    tooLate = getRuntimeContext().getMetricGroup().counter("contributionsTooLate");
  }

  @Override
  public void processElement(
      AggregateContribution change, Context ctx, Collector<ConsumptionAggregate> out)
      throws Exception {
    long watermark = ctx.timerService().currentWatermark();
    long closeAt = change.periodEnd + horizonMillis;
    if (watermark >= closeAt) {
      tooLate.inc();
      return;
    }
    AggregateState state = aggregate.value();
    if (state == null) {
      state = new AggregateState();
      state.identity = change;
      ctx.timerService().registerEventTimeTimer(closeAt);
    }
    state.consumption += change.consumption;
    state.meters += change.meters;
    state.estimatedMeters += change.estimatedMeters;
    state.changed = true;
    if (state.statementTimer == NO_TIMER) {
      long firstStatement = change.periodEnd + delayMillis;
      state.statementTimer =
          state.version == 0 ? firstStatement : Math.max(firstStatement, watermark + delayMillis);
      ctx.timerService().registerEventTimeTimer(state.statementTimer);
    }
    aggregate.update(state);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<ConsumptionAggregate> out)
      throws Exception {
    AggregateState state = aggregate.value();
    if (state == null) {
      return;
    }
    if (state.changed && (state.version > 0 || state.meters > 0)) {
      state.version++;
      out.collect(statement(state));
    }
    state.changed = false;
    if (timestamp == state.statementTimer) {
      state.statementTimer = NO_TIMER;
    }
    if (timestamp >= state.identity.periodEnd + horizonMillis) {
      if (state.statementTimer != NO_TIMER) {
        ctx.timerService().deleteEventTimeTimer(state.statementTimer);
      }
      aggregate.clear();
      return;
    }
    aggregate.update(state);
  }

  @VisibleForTesting
  long contributionsTooLate() {
    return tooLate.getCount();
  }

  private static ConsumptionAggregate statement(AggregateState state) {
    AggregateContribution identity = state.identity;
    return ConsumptionAggregate.newBuilder()
        .setTenant(identity.tenant)
        .setScope(identity.scope)
        .setAreaId(identity.areaId)
        .setRegister(identity.register)
        .setPeriodStart(Instant.ofEpochMilli(identity.periodStart))
        .setPeriodEnd(Instant.ofEpochMilli(identity.periodEnd))
        .setConsumption(state.consumption)
        .setUnit(identity.unit)
        .setMeterCount(state.meters)
        .setEstimatedMeterCount(state.estimatedMeters)
        .setVersion(state.version)
        .build();
  }
}
