package io.meterflow.leak.detector;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.contracts.alarm.OpenEpisodes;
import io.meterflow.contracts.meter.EventTimeBuffer;
import io.meterflow.contracts.meter.MeterDevice;
import io.meterflow.leak.config.LeakDetectionSettings;
import io.meterflow.leak.episode.Quantities;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The skeleton of a per-meter alarm operator, keyed by {@link MeterKeys}: joins the meter's latest
 * DeviceInfo (second input), hands the records of the first input to the rules in event-time order,
 * keeps the open alarm episodes, and cleans up when the meter goes quiet.
 *
 * <p>A meter is quiet when the watermark passes its last data by the quiet horizon. Its open
 * episodes are then CLEARED with a "no data" message and its rule state is dropped: rule state and
 * timers go to zero. Its DeviceInfo stays, under its own long TTL ({@code leak.device-state-ttl}):
 * the compacted devices topic does not send it again, and a meter that comes back after a quiet
 * spell still needs its nominal flow, zone and area. At the end of a bounded input the watermark
 * jumps to the end of time: that is not a quiet meter, so open episodes are dropped silently.
 */
public abstract class MeterAlarmFunction<IN>
    extends KeyedCoProcessFunction<String, IN, DeviceInfo, MeterAlarm> {

  protected final LeakDetectionSettings settings;
  private final TypeInformation<IN> inputType;
  private final EventTime<IN> eventTime;
  private transient MeterDevice device;
  private transient ValueState<Long> lastData;
  private transient EventTimeBuffer<IN> buffer;
  private transient OpenEpisodes<String> episodes;

  /**
   * @param inputType the type of the first input's records, for the buffer's state
   * @param eventTime the event time of a record of the first input
   */
  protected MeterAlarmFunction(
      LeakDetectionSettings settings, TypeInformation<IN> inputType, EventTime<IN> eventTime) {
    this.settings = settings;
    this.inputType = inputType;
    this.eventTime = eventTime;
  }

  /** The event time of a record (epoch ms). */
  @FunctionalInterface
  public interface EventTime<T> extends Serializable {
    long of(T record);
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    StateTtlConfig ttl =
        StateTtlConfig.newBuilder(settings.stateTtl())
            .updateTtlOnReadAndWrite()
            .neverReturnExpired()
            .build();
    device = MeterDevice.open(getRuntimeContext(), settings.deviceStateTtl());
    ValueStateDescriptor<Long> lastDataDescriptor =
        new ValueStateDescriptor<>("last-data", Types.LONG);
    lastDataDescriptor.enableTimeToLive(ttl);
    lastData = getRuntimeContext().getState(lastDataDescriptor);
    buffer = EventTimeBuffer.open(getRuntimeContext(), inputType, ttl);
    episodes =
        OpenEpisodes.open(getRuntimeContext(), Types.STRING, ttl, settings.minRelativeChange());
    openRuleState(ttl);
  }

  /** Opens the subclass's own state, with the TTL of all state. */
  protected abstract void openRuleState(StateTtlConfig ttl);

  /** Runs the rules on the records of one event time, in event-time order with all before. */
  protected abstract void process(List<IN> due, Collector<MeterAlarm> out) throws Exception;

  /**
   * Drops the subclass's own state, when the meter goes quiet (its DeviceInfo stays); nothing by
   * default.
   */
  protected void clearRuleState() {}

  @Override
  public final void processElement1(IN record, Context ctx, Collector<MeterAlarm> out)
      throws Exception {
    buffer.add(eventTime.of(record), record, ctx.timerService());
  }

  @Override
  public final void processElement2(DeviceInfo update, Context ctx, Collector<MeterAlarm> out)
      throws Exception {
    device.update(update);
  }

  @Override
  public final void onTimer(long time, OnTimerContext ctx, Collector<MeterAlarm> out)
      throws Exception {
    List<IN> due = buffer.release(time);
    if (!due.isEmpty()) {
      process(due, out);
      markData(time, ctx.timerService());
    }
    Long last = lastData.value();
    if (last != null && time == last + settings.quietHorizon().toMillis()) {
      onQuiet(last, time, ctx.timerService(), out);
    }
  }

  /** The latest event time processed for the meter (epoch ms), or null before any. */
  protected final Long processedUntil() throws Exception {
    return lastData.value();
  }

  /** A counter of the operator's metric group. */
  protected final Counter counter(String name) {
    return getRuntimeContext().getMetricGroup().counter(name);
  }

  /** The meter's latest DeviceInfo, or null while none is known. */
  protected final DeviceInfo device() throws Exception {
    return device.current();
  }

  /** The meter's open episodes, by slot (a rule, or a meter code). */
  protected final OpenEpisodes<String> episodes() {
    return episodes;
  }

  /** Who the meter's alarms are about: the meter, in its area where known. */
  protected final AlarmSubject subject(String tenant, String meterId) throws Exception {
    return AlarmSubject.meter(tenant, meterId, device.areaId());
  }

  /** The meter's zone, or the fallback when its DeviceInfo gives none (or an unknown one). */
  protected final ZoneId zone(ZoneId fallback) throws Exception {
    return device.zone(fallback);
  }

  /** Moves the quiet timer to the horizon after the latest data. */
  private void markData(long time, TimerService timers) throws Exception {
    long horizon = settings.quietHorizon().toMillis();
    Long last = lastData.value();
    if (last != null && last >= time) {
      return;
    }
    // Timers are unique per time: when records wait for the old quiet time, the timer is theirs.
    if (last != null && !buffer.holds(last + horizon)) {
      timers.deleteEventTimeTimer(last + horizon);
    }
    lastData.update(time);
    timers.registerEventTimeTimer(time + horizon);
  }

  private void onQuiet(long last, long now, TimerService timers, Collector<MeterAlarm> out)
      throws Exception {
    // In BATCH mode every record is buffered before the first timer fires: with data still
    // waiting, even the end of the input is a real quiet spell of the meter.
    if (timers.currentWatermark() == Long.MAX_VALUE && buffer.isEmpty()) {
      episodes.forget();
    } else {
      episodes.clearAll(
          Instant.ofEpochMilli(last),
          Instant.ofEpochMilli(now),
          "No data from the meter for "
              + Quantities.span(settings.quietHorizon())
              + ": alarm closed without evidence that the condition ended",
          out);
    }
    clearRuleState();
    lastData.clear();
  }
}
