package io.meterflow.leak.detector;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.leak.config.LeakDetectionSettings;
import io.meterflow.leak.config.TenantRules;
import io.meterflow.leak.episode.RuleVerdict;
import io.meterflow.leak.interval.FlowSample;
import io.meterflow.leak.interval.LatestStatements;
import io.meterflow.leak.interval.WaterIntervals;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;

/**
 * Runs the flow rules (CONTINUOUS_FLOW, BURST, NIGHT_FLOW) on a meter's water intervals, in
 * event-time order (see {@link MeterAlarmFunction}).
 *
 * <p>Restatements: among the statements of an interval that come due together, the highest version
 * wins. A statement of an interval already processed (a restatement, or a first statement later
 * than the out-of-orderness bound) is not run through the rules again, since alarms already sent
 * are not revised; an hourly one replaces the earlier statement in the continuous-flow window, so
 * that the later hours are judged on it. No interval is ever counted twice.
 *
 * <p>Hourly intervals feed all three rules; 15-minute intervals, where the meter has them, feed
 * BURST instead of the hourly ones.
 */
public final class FlowAlarmFunction extends MeterAlarmFunction<IntervalConsumption> {

  private transient ValueState<FlowState> flowState;
  private transient Counter processed;
  private transient Counter unknownQuality;
  private transient Counter superseded;
  private transient Counter restated;

  public FlowAlarmFunction(LeakDetectionSettings settings) {
    super(
        settings,
        TypeInformation.of(IntervalConsumption.class),
        interval -> interval.getIntervalEnd().toEpochMilli());
  }

  @Override
  protected void openRuleState(StateTtlConfig ttl) {
    ValueStateDescriptor<FlowState> descriptor =
        new ValueStateDescriptor<>("flow-rules", TypeInformation.of(FlowState.class));
    descriptor.enableTimeToLive(ttl);
    flowState = getRuntimeContext().getState(descriptor);
    processed = counter("intervalsProcessed");
    unknownQuality = counter("intervalsUnknownQuality");
    superseded = counter("intervalsSuperseded");
    restated = counter("intervalsRestated");
  }

  @Override
  protected void process(List<IntervalConsumption> due, Collector<MeterAlarm> out)
      throws Exception {
    List<IntervalConsumption> latest = LatestStatements.of(due);
    superseded.inc(due.size() - latest.size());
    IntervalConsumption first = latest.get(0);
    Meter meter = meter(first);
    FlowState state = flowState.value();
    if (state == null) {
      state = new FlowState();
    }
    for (IntervalConsumption interval : latest) {
      FlowSample sample = FlowSample.of(interval);
      if (sample.length().equals(WaterIntervals.HOUR)) {
        onHour(state, sample, meter, out);
      } else {
        onQuarterHour(state, sample, meter, out);
      }
    }
    flowState.update(state);
  }

  @Override
  protected void clearRuleState() {
    flowState.clear();
  }

  private void onHour(FlowState state, FlowSample hour, Meter meter, Collector<MeterAlarm> out)
      throws Exception {
    TenantRules rules = meter.rules();
    if (hour.end().toEpochMilli() <= state.lastHourEnd) {
      restated.inc();
      rules.continuousFlow().restate(state.continuousFlow, hour);
      return;
    }
    count(hour);
    state.lastHourEnd = hour.end().toEpochMilli();
    if (rules.continuousFlow().config().enabled()) {
      apply(
          AlarmType.CONTINUOUS_FLOW,
          rules.continuousFlow().onHour(state.continuousFlow, hour),
          meter,
          out);
    }
    if (rules.nightFlow().config().enabled()) {
      apply(
          AlarmType.NIGHT_FLOW,
          rules.nightFlow().onHour(state.nightFlow, hour, meter.zone()),
          meter,
          out);
    }
    // The meter's 15-minute intervals, where it has them, tell a burst sooner and better.
    boolean quarterHoursCoverHour = state.lastQuarterHourEnd > hour.start().toEpochMilli();
    if (rules.burst().config().enabled() && !quarterHoursCoverHour) {
      apply(AlarmType.BURST, rules.burst().onInterval(state.burst, hour, meter.q3()), meter, out);
    }
  }

  private void onQuarterHour(
      FlowState state, FlowSample quarter, Meter meter, Collector<MeterAlarm> out)
      throws Exception {
    if (quarter.end().toEpochMilli() <= state.lastQuarterHourEnd) {
      // Only BURST uses 15-minute intervals, and it has moved on.
      restated.inc();
      return;
    }
    count(quarter);
    state.lastQuarterHourEnd = quarter.end().toEpochMilli();
    TenantRules rules = meter.rules();
    if (rules.burst().config().enabled()) {
      apply(
          AlarmType.BURST, rules.burst().onInterval(state.burst, quarter, meter.q3()), meter, out);
    }
  }

  private void count(FlowSample sample) {
    processed.inc();
    if (!sample.measured()) {
      unknownQuality.inc();
    }
  }

  private void apply(
      AlarmType type, Optional<RuleVerdict> verdict, Meter meter, Collector<MeterAlarm> out)
      throws Exception {
    if (verdict.isPresent()) {
      RuleVerdict.apply(episodes(), type.name(), type, meter.subject(), verdict.get(), out);
    }
  }

  private Meter meter(IntervalConsumption interval) throws Exception {
    TenantRules rules = settings.rulesFor(interval.getTenant());
    DeviceInfo device = device();
    return new Meter(
        rules,
        subject(interval.getTenant(), interval.getMeterId()),
        zone(rules.defaultZone()),
        device == null ? null : device.getNominalFlowQ3());
  }

  /** What the rules need to know of the meter, looked up once per step. */
  private record Meter(TenantRules rules, AlarmSubject subject, ZoneId zone, Double q3) {}
}
