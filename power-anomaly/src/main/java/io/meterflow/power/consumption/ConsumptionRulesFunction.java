package io.meterflow.power.consumption;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.power.baseline.BaselineDeviationRule;
import io.meterflow.power.baseline.DeviationRun;
import io.meterflow.power.baseline.HourOfWeek;
import io.meterflow.power.baseline.HourOfWeekBaseline;
import io.meterflow.power.config.PowerAnomalySettings;
import io.meterflow.power.implausible.FuseCapacity;
import io.meterflow.power.implausible.ImplausibleConsumptionRule;
import io.meterflow.power.meter.MeterRuleFunction;
import io.meterflow.power.meter.RuleStep;
import io.meterflow.power.meter.Verdict;
import io.meterflow.power.reverse.ReverseFlowRule;
import io.meterflow.power.reverse.ReverseFlowState;
import io.meterflow.power.zero.ZeroConsumptionRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;

/**
 * The rules on a meter's electricity intervals: IMPLAUSIBLE_CONSUMPTION and ZERO_CONSUMPTION on the
 * finest import resolution, BASELINE_DEVIATION on hourly import, REVERSE_FLOW on the finest export
 * resolution. Intervals reach the rules in event-time order, each once: restatements of an interval
 * already taken are ignored and counted ({@code restatementsIgnored}).
 */
public final class ConsumptionRulesFunction extends MeterRuleFunction<IntervalConsumption> {

  private static final Duration HOUR = Duration.ofHours(1);

  private final ImplausibleConsumptionRule implausible;
  private final BaselineDeviationRule baseline;
  private final ZeroConsumptionRule zero;
  private final ReverseFlowRule reverse;
  private transient IntervalStatements statements;
  private transient ValueState<HourOfWeekBaseline> hourOfWeek;
  private transient ValueState<DeviationRun> deviationRun;
  private transient ValueState<Long> zeroSince;
  private transient ValueState<ReverseFlowState> reverseFlow;
  private transient Counter restatementsIgnored;

  public ConsumptionRulesFunction(PowerAnomalySettings settings) {
    super(settings, TypeInformation.of(IntervalConsumption.class));
    this.implausible = new ImplausibleConsumptionRule(settings.implausible());
    this.baseline = new BaselineDeviationRule(settings.baseline());
    this.zero = new ZeroConsumptionRule(settings.zeroConsumption());
    this.reverse = new ReverseFlowRule(settings.reverseFlow());
  }

  @Override
  protected long eventTime(IntervalConsumption interval) {
    return interval.getIntervalEnd().toEpochMilli();
  }

  @Override
  protected void openRules(StateTtlConfig ttl) {
    statements = IntervalStatements.open(getRuntimeContext(), ttl);
    hourOfWeek =
        valueState("hour-of-week-baseline", TypeInformation.of(HourOfWeekBaseline.class), ttl);
    deviationRun = valueState("deviation-run", TypeInformation.of(DeviationRun.class), ttl);
    zeroSince = valueState("zero-consumption-since", Types.LONG, ttl);
    reverseFlow = valueState("reverse-flow", TypeInformation.of(ReverseFlowState.class), ttl);
    restatementsIgnored = getRuntimeContext().getMetricGroup().counter("restatementsIgnored");
  }

  @Override
  protected void process(
      List<IntervalConsumption> due, long time, OnTimerContext ctx, Collector<MeterAlarm> out)
      throws Exception {
    List<IntervalConsumption> ordered = new ArrayList<>(due);
    // Finest first, so that it is known before a coarser interval ending at the same time; the
    // highest version first among statements of the same interval.
    ordered.sort(
        Comparator.comparing(IntervalConsumption::getRegister)
            .thenComparing(ConsumptionRulesFunction::resolution)
            .thenComparing(IntervalConsumption::getVersion, Comparator.reverseOrder()));
    AlarmSubject subject = subject(ctx);
    for (IntervalConsumption interval : ordered) {
      Duration resolution = resolution(interval);
      if (!statements.take(interval, resolution)) {
        restatementsIgnored.inc();
        continue;
      }
      boolean finest = statements.isFinest(interval.getRegister(), resolution);
      if (interval.getRegister() == Register.ELECTRICITY_EXPORT_ENERGY) {
        if (finest) {
          judgeExport(interval, subject, out);
        }
        continue;
      }
      if (finest) {
        judgeImport(interval, resolution, subject, out);
      }
      if (resolution.equals(HOUR)) {
        judgeHour(interval, subject, out);
      }
    }
  }

  @Override
  protected void clearRules() {
    statements.clear();
    hourOfWeek.clear();
    deviationRun.clear();
    zeroSince.clear();
    reverseFlow.clear();
  }

  private void judgeImport(
      IntervalConsumption interval,
      Duration resolution,
      AlarmSubject subject,
      Collector<MeterAlarm> out)
      throws Exception {
    DeviceInfo device = device();
    Verdict.apply(
        episodes(),
        AlarmType.IMPLAUSIBLE_CONSUMPTION,
        subject,
        implausible.judge(
            interval,
            resolution,
            FuseCapacity.of(device, settings.implausible().defaultNominalVoltage()),
            episodes().get(AlarmType.IMPLAUSIBLE_CONSUMPTION)),
        settings.implausible().parameters(),
        out);
    // A meter without master data is taken as active: only a registered disconnection excuses it.
    boolean active = device == null || device.getActive();
    RuleStep<Long> step = zero.observe(zeroSince.value(), interval, active);
    zeroSince.update(step.state());
    Verdict.apply(
        episodes(),
        AlarmType.ZERO_CONSUMPTION,
        subject,
        step.verdict(),
        settings.zeroConsumption().parameters(),
        out);
  }

  private void judgeHour(IntervalConsumption hour, AlarmSubject subject, Collector<MeterAlarm> out)
      throws Exception {
    HourOfWeekBaseline known = hourOfWeek.value();
    HourOfWeekBaseline learned = known == null ? new HourOfWeekBaseline() : known;
    DeviationRun run = deviationRun.value();
    RuleStep<DeviationRun> step =
        baseline.observe(
            learned,
            run == null ? DeviationRun.start() : run,
            hour,
            HourOfWeek.slot(hour.getIntervalStart(), zone()),
            episodes().isOpen(AlarmType.BASELINE_DEVIATION));
    hourOfWeek.update(learned);
    deviationRun.update(step.state());
    Verdict.apply(
        episodes(),
        AlarmType.BASELINE_DEVIATION,
        subject,
        step.verdict(),
        settings.baseline().parameters(),
        out);
  }

  private void judgeExport(
      IntervalConsumption interval, AlarmSubject subject, Collector<MeterAlarm> out)
      throws Exception {
    RuleStep<ReverseFlowState> step = reverse.observe(reverseFlow.value(), interval, device());
    reverseFlow.update(step.state());
    Verdict.apply(
        episodes(),
        AlarmType.REVERSE_FLOW,
        subject,
        step.verdict(),
        settings.reverseFlow().parameters(),
        out);
  }

  private static Duration resolution(IntervalConsumption interval) {
    return ElectricityIntervals.resolution(interval)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Interval of resolution " + interval.getResolution() + " passed the filter"));
  }
}
