package io.meterflow.contracts.alarm;

import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * The alarm steps an operator emitted, by type and status: metric group {@code alarmType=<TYPE>},
 * counters {@code alarmsRaised}, {@code alarmsUpdated}, {@code alarmsCleared}. Counters are
 * registered on first use, so an operator shows only the types it raised.
 */
public final class AlarmCounters {

  private final MetricGroup operatorMetrics;
  private final Map<AlarmType, Map<AlarmStatus, Counter>> counters = new EnumMap<>(AlarmType.class);

  public AlarmCounters(MetricGroup operatorMetrics) {
    this.operatorMetrics = operatorMetrics;
  }

  public void count(MeterAlarm alarm) {
    Map<AlarmStatus, Counter> ofType =
        counters.computeIfAbsent(alarm.getType(), type -> new EnumMap<>(AlarmStatus.class));
    Counter counter = ofType.get(alarm.getStatus());
    if (counter == null) {
      counter =
          operatorMetrics
              .addGroup("alarmType", alarm.getType().name())
              .counter(counterName(alarm.getStatus()));
      ofType.put(alarm.getStatus(), counter);
    }
    counter.inc();
  }

  private static String counterName(AlarmStatus status) {
    return switch (status) {
      case RAISED -> "alarmsRaised";
      case UPDATED -> "alarmsUpdated";
      case CLEARED -> "alarmsCleared";
    };
  }
}
