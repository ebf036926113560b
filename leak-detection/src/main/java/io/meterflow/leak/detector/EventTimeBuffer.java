package io.meterflow.leak.detector;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ListTypeInfo;
import org.apache.flink.streaming.api.TimerService;

/**
 * Holds a meter's records until the watermark passes their event time, so that the rules see them
 * in event-time order however they arrived. One event-time timer per distinct time releases them.
 * It holds at most what arrives within the out-of-orderness bound.
 */
final class EventTimeBuffer<T> {

  private final MapState<Long, List<T>> pending;

  EventTimeBuffer(MapState<Long, List<T>> pending) {
    this.pending = pending;
  }

  static <T> MapStateDescriptor<Long, List<T>> descriptor(TypeInformation<T> type) {
    return new MapStateDescriptor<>("pending", Types.LONG, new ListTypeInfo<>(type));
  }

  /**
   * Holds the record until the watermark passes its time. A record already behind the watermark is
   * released by the next watermark.
   */
  void add(long time, T record, TimerService timers) throws Exception {
    List<T> atTime = pending.get(time);
    List<T> updated = atTime == null ? new ArrayList<>() : new ArrayList<>(atTime);
    updated.add(record);
    pending.put(time, updated);
    timers.registerEventTimeTimer(time);
  }

  /** Releases the records of a time, in arrival order. */
  List<T> release(long time) throws Exception {
    List<T> due = pending.get(time);
    if (due == null) {
      return List.of();
    }
    pending.remove(time);
    return due;
  }

  /** True when records wait for this time (its timer is theirs too). */
  boolean holds(long time) throws Exception {
    return pending.contains(time);
  }

  boolean isEmpty() throws Exception {
    return pending.isEmpty();
  }
}
