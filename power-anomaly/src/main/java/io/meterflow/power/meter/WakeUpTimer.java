package io.meterflow.power.meter;

import io.meterflow.contracts.meter.EventTimeBuffer;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;

/**
 * The one event-time timer a key keeps for its next deadline (a silence, or going quiet), besides
 * the timers of its buffered records; moving it deletes the old one, so that timers per key stay
 * bounded however much data comes.
 *
 * <p>The deadline is also kept in the rules' state and met by the next data when the timer does not
 * fire first: in BATCH mode Flink ignores timers set while timers fire, which is where deadlines
 * are moved.
 */
public final class WakeUpTimer {

  private final ValueState<Long> registered;

  private WakeUpTimer(ValueState<Long> registered) {
    this.registered = registered;
  }

  /** The timer of a keyed operator, in its state, with the state's TTL. */
  public static WakeUpTimer open(RuntimeContext context, StateTtlConfig ttl) {
    ValueStateDescriptor<Long> descriptor = new ValueStateDescriptor<>("wake-up", Types.LONG);
    descriptor.enableTimeToLive(ttl);
    return new WakeUpTimer(context.getState(descriptor));
  }

  /**
   * Moves the timer to the deadline, or removes it when there is none.
   *
   * @param buffer the key's buffer: a timer its records wait for is never deleted
   */
  public void moveTo(Long deadline, TimerService timers, EventTimeBuffer<?> buffer)
      throws Exception {
    Long current = registered.value();
    if (current != null && current.equals(deadline)) {
      return;
    }
    if (current != null && !buffer.holds(current)) {
      timers.deleteEventTimeTimer(current);
    }
    if (deadline == null) {
      registered.clear();
    } else {
      timers.registerEventTimeTimer(deadline);
      registered.update(deadline);
    }
  }
}
