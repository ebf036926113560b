package io.meterflow.jobs.demo;

import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks a few meters that raised alarms, one per alarm type first so the report shows each kind,
 * and turns their hourly intervals and alarm episodes into {@link MeterPlot}s.
 */
final class FlaggedMeters {

  static final String HOURLY = "PT1H";

  private FlaggedMeters() {}

  /** Up to {@code limit} meter ids, each the first meter to raise an alarm of a new type. */
  static Set<String> pick(List<MeterAlarm> alarms, int limit) {
    Map<String, String> firstMeterPerType = new LinkedHashMap<>();
    alarms.stream()
        .filter(alarm -> alarm.getStatus() == AlarmStatus.RAISED && alarm.getMeterId() != null)
        .sorted(Comparator.comparing(MeterAlarm::getType).thenComparing(MeterAlarm::getStartTime))
        .forEach(
            alarm -> firstMeterPerType.putIfAbsent(alarm.getType().name(), alarm.getMeterId()));
    return firstMeterPerType.values().stream()
        .distinct()
        .limit(limit)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** One plot per meter: the hourly consumption of its busiest register, and its episodes. */
  static List<MeterPlot> plots(
      Set<String> meters, List<IntervalConsumption> hourly, List<MeterAlarm> alarms) {
    List<MeterPlot> plots = new ArrayList<>();
    for (String meter : meters) {
      Map<String, List<IntervalConsumption>> byRegister =
          hourly.stream()
              .filter(interval -> interval.getMeterId().equals(meter))
              .collect(
                  Collectors.groupingBy(
                      interval -> interval.getRegister().name(),
                      LinkedHashMap::new,
                      Collectors.toList()));
      List<IntervalConsumption> series =
          byRegister.values().stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
      // A restated interval replaces the earlier version of the same hour.
      Map<Instant, IntervalConsumption> latest =
          series.stream()
              .collect(
                  Collectors.toMap(
                      IntervalConsumption::getIntervalStart,
                      Function.identity(),
                      (a, b) -> a.getVersion() >= b.getVersion() ? a : b,
                      TreeMap::new));
      List<MeterPlot.Point> points =
          latest.values().stream()
              .map(i -> new MeterPlot.Point(i.getIntervalStart(), i.getConsumption()))
              .toList();
      Instant dataEnd = points.isEmpty() ? Instant.EPOCH : points.get(points.size() - 1).start();
      String register = series.isEmpty() ? "no intervals" : series.get(0).getRegister().name();
      List<MeterPlot.Span> spans = spansOf(meter, alarms, dataEnd);
      String title = meter + " " + register + ": " + spans.size() + " alarm episode(s)";
      plots.add(new MeterPlot(title, "per hour", points, spans));
    }
    return plots;
  }

  private static List<MeterPlot.Span> spansOf(
      String meter, List<MeterAlarm> alarms, Instant dataEnd) {
    Map<String, List<MeterAlarm>> episodes =
        alarms.stream()
            .filter(alarm -> meter.equals(alarm.getMeterId()))
            .collect(
                Collectors.groupingBy(
                    MeterAlarm::getAlarmId, LinkedHashMap::new, Collectors.toList()));
    List<MeterPlot.Span> spans = new ArrayList<>();
    for (List<MeterAlarm> steps : episodes.values()) {
      MeterAlarm first = steps.get(0);
      Instant end =
          steps.stream()
              .filter(step -> step.getStatus() == AlarmStatus.CLEARED && step.getEndTime() != null)
              .map(MeterAlarm::getEndTime)
              .findFirst()
              .orElse(dataEnd.isAfter(first.getStartTime()) ? dataEnd : first.getStartTime());
      spans.add(new MeterPlot.Span(first.getType().name(), first.getStartTime(), end));
    }
    return spans;
  }
}
