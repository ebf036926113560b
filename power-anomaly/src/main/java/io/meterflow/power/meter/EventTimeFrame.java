package io.meterflow.power.meter;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.alarm.OpenEpisodes;
import io.meterflow.contracts.meter.EventTimeBuffer;
import io.meterflow.power.config.PowerAnomalySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.util.Collector;

/**
 * What every rule operator of this job does around its rules, per key (a meter or an area): holds
 * the records until the watermark passes them and hands them to the rules in event-time order,
 * keeps the open alarm episodes, meets the rules' deadlines, and forgets the key when it goes
 * quiet.
 *
 * <p>Deadlines ("no reading for 6 h") are met by an event-time timer when the watermark passes
 * them, or by the next data when that timer did not fire first: in BATCH mode Flink ignores timers
 * set while timers fire, which is where deadlines move. At the end of a bounded input the watermark
 * jumps to the end of time; a deadline that only the end of the input reaches is not a silence of
 * the meter, so the rules are told ({@code inputEnded}) and stay quiet.
 *
 * <p>A key is quiet when its data stops for the quiet horizon: its open episodes are CLEARED with a
 * "no data" message (dropped without a word at the end of the input) and the rules forget it, so
 * that its rule state and timers drop to zero (a meter's master data is not the rules' state: see
 * {@link io.meterflow.contracts.meter.MeterDevice}).
 */
public final class EventTimeFrame<T> {

  /** The rules of an operator, as the frame drives them. */
  public interface Rules<T> {

    /**
     * Runs the rules on the records of one event time, after every earlier record.
     *
     * @return false when the rules took none of them (records not meant for them): the key's data
     *     did not move, so that such records leave no state behind
     */
    boolean process(List<T> due, long time, Collector<MeterAlarm> out) throws Exception;

    /** Drops the rules' state: the key went quiet. */
    void forget() throws Exception;

    /** The rules' next deadline (epoch ms), or null when they wait for none. */
    default Long deadline() throws Exception {
      return null;
    }

    /**
     * Meets the rules' deadline; afterwards {@link #deadline()} must be later, or null.
     *
     * @param inputEnded true when only the end of a bounded input reached the deadline
     */
    default void onDeadline(long deadline, boolean inputEnded, Collector<MeterAlarm> out)
        throws Exception {
      throw new IllegalStateException("Rules without deadlines were given one: " + deadline);
    }
  }

  private final Duration quietHorizon;
  private final EventTimeBuffer<T> buffer;
  private final WakeUpTimer wakeUp;
  private final ValueState<Long> lastData;
  private final OpenEpisodes<AlarmType> episodes;

  private EventTimeFrame(
      Duration quietHorizon,
      EventTimeBuffer<T> buffer,
      WakeUpTimer wakeUp,
      ValueState<Long> lastData,
      OpenEpisodes<AlarmType> episodes) {
    this.quietHorizon = quietHorizon;
    this.buffer = buffer;
    this.wakeUp = wakeUp;
    this.lastData = lastData;
    this.episodes = episodes;
  }

  /** The frame of a keyed operator, in its state, with the state's TTL. */
  public static <T> EventTimeFrame<T> open(
      RuntimeContext context,
      TypeInformation<T> type,
      StateTtlConfig ttl,
      PowerAnomalySettings settings) {
    ValueStateDescriptor<Long> lastDataDescriptor =
        new ValueStateDescriptor<>("last-data", Types.LONG);
    lastDataDescriptor.enableTimeToLive(ttl);
    return new EventTimeFrame<>(
        settings.quietHorizon(),
        EventTimeBuffer.open(context, type, ttl),
        WakeUpTimer.open(context, ttl),
        context.getState(lastDataDescriptor),
        OpenEpisodes.open(
            context, TypeInformation.of(AlarmType.class), ttl, settings.minRelativeChange()));
  }

  /** The time-to-live of all state of the job's operators (a safety net in processing time). */
  public static StateTtlConfig ttl(PowerAnomalySettings settings) {
    return StateTtlConfig.newBuilder(settings.stateTtl())
        .updateTtlOnReadAndWrite()
        .neverReturnExpired()
        .build();
  }

  /** Holds a record until the watermark passes its event time. */
  public void add(long time, T record, TimerService timers) throws Exception {
    buffer.add(time, record, timers);
  }

  /** Acts on an event-time timer: meets due deadlines, releases due records, sets the next. */
  public void onTimer(long time, TimerService timers, Rules<T> rules, Collector<MeterAlarm> out)
      throws Exception {
    List<T> due = buffer.release(time);
    boolean inputEnded =
        timers.currentWatermark() == Long.MAX_VALUE && due.isEmpty() && buffer.isEmpty();
    // The data of a time precedes the deadlines of that time: a reading at the deadline is no
    // silence.
    meetDeadlines(due.isEmpty() ? time : time - 1, inputEnded, rules, out);
    if (!due.isEmpty() && rules.process(due, time, out)) {
      Long last = lastData.value();
      if (last == null || last < time) {
        lastData.update(time);
      }
    }
    wakeUp.moveTo(earliest(quietDeadline(), rules.deadline()), timers, buffer);
  }

  public OpenEpisodes<AlarmType> episodes() {
    return episodes;
  }

  private void meetDeadlines(
      long until, boolean inputEnded, Rules<T> rules, Collector<MeterAlarm> out) throws Exception {
    while (true) {
      Long quiet = quietDeadline();
      Long rule = rules.deadline();
      if (quiet != null && quiet <= until && (rule == null || quiet <= rule)) {
        goQuiet(quiet, inputEnded, rules, out);
      } else if (rule != null && rule <= until) {
        rules.onDeadline(rule, inputEnded, out);
        Long next = rules.deadline();
        if (next != null && next <= rule) {
          throw new IllegalStateException("The rules did not move their deadline " + rule);
        }
      } else {
        return;
      }
    }
  }

  private Long quietDeadline() throws Exception {
    Long last = lastData.value();
    return last == null ? null : last + quietHorizon.toMillis();
  }

  private void goQuiet(
      long quietTime, boolean inputEnded, Rules<T> rules, Collector<MeterAlarm> out)
      throws Exception {
    if (inputEnded) {
      episodes.forget();
    } else {
      episodes.clearAll(
          Instant.ofEpochMilli(lastData.value()),
          Instant.ofEpochMilli(quietTime),
          "No data for "
              + Spans.describe(quietHorizon)
              + ": alarm closed without evidence that the condition ended",
          out);
    }
    lastData.clear();
    rules.forget();
  }

  private static Long earliest(Long a, Long b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Math.min(a, b);
  }
}
