package io.meterflow.contracts.meter;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ListTypeInfo;
import org.apache.flink.streaming.api.TimerService;

/**
 * Holds a key's records until the watermark passes their event time, so that the rules see them in
 * event-time order however they arrived: one event-time timer per distinct time releases them. It
 * holds no more than what arrives within the watermark's out-of-orderness.
 */
public final class EventTimeBuffer<T> {

  private final MapState<Long, List<T>> waiting;

  private EventTimeBuffer(MapState<Long, List<T>> waiting) {
    this.waiting = waiting;
  }

  /** The buffer of a keyed operator, in its state, with the state's TTL. */
  public static <T> EventTimeBuffer<T> open(
      RuntimeContext context, TypeInformation<T> type, StateTtlConfig ttl) {
    MapStateDescriptor<Long, List<T>> descriptor =
        new MapStateDescriptor<>("waiting-records", Types.LONG, new ListTypeInfo<>(type));
    descriptor.enableTimeToLive(ttl);
    return new EventTimeBuffer<>(context.getMapState(descriptor));
  }

  /**
   * Holds a record until the watermark passes its time. A record already behind the watermark is
   * released by the next watermark.
   */
  public void add(long time, T record, TimerService timers) throws Exception {
    List<T> atTime = waiting.get(time);
    List<T> records = atTime == null ? new ArrayList<>() : new ArrayList<>(atTime);
    records.add(record);
    waiting.put(time, records);
    timers.registerEventTimeTimer(time);
  }

  /** Takes the records of a time out of the buffer, in arrival order; empty when none wait. */
  public List<T> release(long time) throws Exception {
    List<T> due = waiting.get(time);
    if (due == null) {
      return List.of();
    }
    waiting.remove(time);
    return due;
  }

  /** True when records wait for this time: its timer is theirs. */
  public boolean holds(long time) throws Exception {
    return waiting.contains(time);
  }

  public boolean isEmpty() throws Exception {
    return waiting.isEmpty();
  }
}
