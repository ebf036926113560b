package io.meterflow.leak.detector;

import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/** Counts the alarms an operator emits by type and status: alarmType=X / alarmsRaised etc. */
final class AlarmCounters {

  private final MetricGroup group;
  private final Map<String, Counter> counters = new HashMap<>();

  AlarmCounters(MetricGroup group) {
    this.group = group;
  }

  void count(MeterAlarm alarm) {
    AlarmType type = alarm.getType();
    AlarmStatus status = alarm.getStatus();
    counters
        .computeIfAbsent(
            type + "/" + status,
            k -> group.addGroup("alarmType", type.name()).counter(metricName(status)))
        .inc();
  }

  private static String metricName(AlarmStatus status) {
    String name = status.name().toLowerCase(Locale.ROOT);
    return "alarms" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
