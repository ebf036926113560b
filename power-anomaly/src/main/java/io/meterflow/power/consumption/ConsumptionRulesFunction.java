package io.meterflow.power.consumption;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.power.baseline.BaselineDeviationRule;
import io.meterflow.power.baseline.BaselineStep;
import io.meterflow.power.baseline.DeviationRun;
import io.meterflow.power.baseline.MeterBaseline;
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
 * resolution. Intervals reach the rules in event-time order, each once: other statements of an
 * interval already taken, and intervals ending before the latest taken, are ignored and counted.
 *
 * <p>Counters (group {@code power}), counted when the watermark hands the intervals to the rules:
 * {@code intervalsIn} = {@code intervalsProcessed} + {@code intervalsRestated} (a duplicate or
 * another version of the latest interval taken of its register and resolution) + {@code
 * intervalsLate} (ending before it: late, or a restatement of an earlier interval).
 */
public final class ConsumptionRulesFunction extends MeterRuleFunction<IntervalConsumption> {

  private static final Duration HOUR = Duration.ofHours(1);

  private final ImplausibleConsumptionRule implausible;
  private final BaselineDeviationRule baseline;
  private final ZeroConsumptionRule zero;
  private final ReverseFlowRule reverse;
  private transient IntervalStatements statements;
  private transient ValueState<MeterBaseline> meterBaseline;
  private transient ValueState<DeviationRun> deviationRun;
  private transient ValueState<Long> zeroSince;
  private transient ValueState<ReverseFlowState> reverseFlow;
  private transient Counter in;
  private transient Counter processed;
  private transient Counter restated;
  private transient Counter late;

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
    // Not the "hour-of-week-baseline" of earlier versions, whose type differs: a restored meter
    // learns its baseline again, judged after the warm-up days.
    meterBaseline = valueState("meter-baseline", TypeInformation.of(MeterBaseline.class), ttl);
    deviationRun = valueState("deviation-run", TypeInformation.of(DeviationRun.class), ttl);
    zeroSince = valueState("zero-consumption-since", Types.LONG, ttl);
    reverseFlow = valueState("reverse-flow", TypeInformation.of(ReverseFlowState.class), ttl);
    in = counter("intervalsIn");
    processed = counter("intervalsProcessed");
    restated = counter("intervalsRestated");
    late = counter("intervalsLate");
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
    in.inc(due.size());
    for (IntervalConsumption interval : ordered) {
      Duration resolution = resolution(interval);
      IntervalStatements.Statement statement = statements.take(interval, resolution);
      if (statement == IntervalStatements.Statement.RESTATED) {
        restated.inc();
        continue;
      }
      if (statement == IntervalStatements.Statement.LATE) {
        late.inc();
        continue;
      }
      processed.inc();
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
    meterBaseline.clear();
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
    MeterBaseline known = meterBaseline.value();
    MeterBaseline learned = known == null ? new MeterBaseline() : known;
    DeviationRun run = deviationRun.value();
    BaselineStep step =
        baseline.observe(
            learned,
            run == null ? DeviationRun.start() : run,
            hour,
            zone(),
            episodes().isOpen(AlarmType.BASELINE_DEVIATION));
    meterBaseline.update(learned);
    deviationRun.update(step.step().state());
    Verdict.apply(
        episodes(),
        AlarmType.BASELINE_DEVIATION,
        subject,
        step.step().verdict(),
        step.parameters(),
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
