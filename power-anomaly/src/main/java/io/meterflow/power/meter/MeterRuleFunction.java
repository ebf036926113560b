package io.meterflow.power.meter;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.contracts.alarm.OpenEpisodes;
import io.meterflow.contracts.meter.MeterDevice;
import io.meterflow.power.config.PowerAnomalySettings;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A per-meter rule operator, keyed by {@link MeterKeys}: the meter's records (first input) go to
 * the rules through an {@link EventTimeFrame} (event-time order, deadlines, episodes, quiet
 * meters), joined with the meter's latest DeviceInfo (second input).
 *
 * <p>When the meter goes quiet its rule state and timers drop to zero, but its DeviceInfo stays
 * (under {@code power.device-state-ttl}): the compacted devices topic does not send it again, and a
 * meter that comes back must still have its fuse, nominal voltage, zone and area.
 */
public abstract class MeterRuleFunction<IN>
    extends KeyedCoProcessFunction<String, IN, DeviceInfo, MeterAlarm> {

  /** The metric group of the job's counters. */
  public static final String METRIC_GROUP = "power";

  protected final PowerAnomalySettings settings;
  private final TypeInformation<IN> inputType;
  private transient MeterDevice device;
  private transient EventTimeFrame<IN> frame;

  protected MeterRuleFunction(PowerAnomalySettings settings, TypeInformation<IN> inputType) {
    this.settings = settings;
    this.inputType = inputType;
  }

  @Override
  public final void open(OpenContext openContext) throws Exception {
    StateTtlConfig ttl = EventTimeFrame.ttl(settings);
    device = MeterDevice.open(getRuntimeContext(), settings.deviceStateTtl());
    frame = EventTimeFrame.open(getRuntimeContext(), inputType, ttl, settings);
    openRules(ttl);
  }

  /** The event time of a record of the first input (epoch ms). */
  protected abstract long eventTime(IN record);

  /** Opens the rules' own state, with the TTL of all state. */
  protected abstract void openRules(StateTtlConfig ttl);

  /**
   * The records of one event time the rules take; the default takes all. Records left out leave no
   * trace: when none is taken, the meter's data did not move.
   */
  protected List<IN> taken(List<IN> due) throws Exception {
    return due;
  }

  /** Runs the rules on the records of one event time, after every earlier record. */
  protected abstract void process(
      List<IN> due, long time, OnTimerContext ctx, Collector<MeterAlarm> out) throws Exception;

  /** Drops the rules' own state: the meter went quiet (its DeviceInfo stays). */
  protected abstract void clearRules();

  /** The rules' next deadline (epoch ms), or null when they wait for none. */
  protected Long ruleDeadline() throws Exception {
    return null;
  }

  /**
   * Meets the rules' deadline; afterwards {@link #ruleDeadline()} must be later, or null.
   *
   * @param inputEnded true when only the end of a bounded input reached the deadline
   */
  protected void onRuleDeadline(
      long deadline, boolean inputEnded, OnTimerContext ctx, Collector<MeterAlarm> out)
      throws Exception {
    throw new IllegalStateException("Rules without deadlines were given one: " + deadline);
  }

  @Override
  public final void processElement1(IN record, Context ctx, Collector<MeterAlarm> out)
      throws Exception {
    frame.add(eventTime(record), record, ctx.timerService());
  }

  @Override
  public final void processElement2(DeviceInfo update, Context ctx, Collector<MeterAlarm> out)
      throws Exception {
    device.update(update);
  }

  @Override
  public final void onTimer(long time, OnTimerContext ctx, Collector<MeterAlarm> out)
      throws Exception {
    frame.onTimer(time, ctx.timerService(), new MeterRules(ctx), out);
  }

  /**
   * A counter of the job's metric group {@value #METRIC_GROUP}, e.g. for the rules' input counts.
   */
  protected final Counter counter(String name) {
    return getRuntimeContext().getMetricGroup().addGroup(METRIC_GROUP).counter(name);
  }

  /** A value state with the TTL of all state, e.g. for the rules in {@link #openRules}. */
  protected final <T> ValueState<T> valueState(
      String name, TypeInformation<T> type, StateTtlConfig ttl) {
    ValueStateDescriptor<T> descriptor = new ValueStateDescriptor<>(name, type);
    descriptor.enableTimeToLive(ttl);
    return getRuntimeContext().getState(descriptor);
  }

  /** The meter's latest DeviceInfo, or null while none is known. */
  protected final DeviceInfo device() throws Exception {
    return device.current();
  }

  protected final OpenEpisodes<AlarmType> episodes() {
    return frame.episodes();
  }

  /** Who the meter's alarms are about: the meter, in its area where known. */
  protected final AlarmSubject subject(Context ctx) throws Exception {
    return MeterKeys.subject(ctx.getCurrentKey(), device.areaId());
  }

  /** The meter's zone, or the default zone when its DeviceInfo gives none (or an unknown one). */
  protected final ZoneId zone() throws Exception {
    return device.zone(settings.defaultZone());
  }

  /** The subclass's rules, for the frame, within one timer callback. */
  private final class MeterRules implements EventTimeFrame.Rules<IN> {

    private final OnTimerContext ctx;

    MeterRules(OnTimerContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public boolean process(List<IN> due, long time, Collector<MeterAlarm> out) throws Exception {
      List<IN> taken = taken(due);
      if (taken.isEmpty()) {
        return false;
      }
      MeterRuleFunction.this.process(taken, time, ctx, out);
      return true;
    }

    @Override
    public void forget() {
      clearRules();
    }

    @Override
    public Long deadline() throws Exception {
      return ruleDeadline();
    }

    @Override
    public void onDeadline(long deadline, boolean inputEnded, Collector<MeterAlarm> out)
        throws Exception {
      onRuleDeadline(deadline, inputEnded, ctx, out);
    }
  }
}
