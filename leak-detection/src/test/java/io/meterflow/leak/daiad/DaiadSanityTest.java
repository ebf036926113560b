package io.meterflow.leak.daiad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.leak.interval.FlowSample;
import io.meterflow.leak.testing.MeterHarness;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The flow rules with their defaults on a year of 92 real households (DAIAD trial data, CC-BY-SA
 * 4.0). A real water network has a few percent of households leaking at a time, not half: over the
 * year the defaults must raise on a minority of the households. Prints per rule the households
 * raised on, the episodes, and the share of the household-hours spent in an open episode.
 */
class DaiadSanityTest {

  private static final int HOUSEHOLDS = 92;
  private static final List<AlarmType> FLOW_RULES =
      List.of(AlarmType.CONTINUOUS_FLOW, AlarmType.BURST, AlarmType.NIGHT_FLOW);

  private final Map<AlarmType, Set<String>> alarmed = new EnumMap<>(AlarmType.class);
  private final Map<AlarmType, Integer> episodes = new EnumMap<>(AlarmType.class);
  private final Map<AlarmType, Double> openHours = new EnumMap<>(AlarmType.class);

  @Test
  void shouldAlarmOnOnlyAMinorityOfTheRealHouseholds() throws Exception {
    Optional<Path> zip = DaiadTrial.locate();
    assumeTrue(
        zip.isPresent(),
        "DAIAD trial data not found: set MF_DAIAD_DATA to the daiad-swm-trialA folder, or put it"
            + " in ../shared/data beside the checkout");
    DaiadTrial trial = DaiadTrial.read(zip.get());
    assertThat(trial.households()).hasSize(HOUSEHOLDS);

    long hours = 0;
    for (String household : trial.households()) {
      List<IntervalConsumption> intervals = trial.hourlyIntervals(household);
      hours += intervals.size();
      tally(household, run(household, intervals), intervals.get(intervals.size() - 1));
    }

    String report = report(trial, hours);
    System.out.print(report);
    assertThat(trial.readCount()).as(report).isGreaterThan(670_000);
    for (AlarmType type : FLOW_RULES) {
      assertThat(alarmed.getOrDefault(type, Set.of()))
          .as(type + " must raise on under a quarter of the households\n" + report)
          .hasSizeLessThan(HOUSEHOLDS / 4);
    }
  }

  /** The household's alarms: its year of hours through the flow rules in event time. */
  private static List<MeterAlarm> run(String household, List<IntervalConsumption> intervals)
      throws Exception {
    MeterHarness<IntervalConsumption> meter =
        MeterHarness.flowRules(Map.of())
            .device(
                ContractFixtures.waterMeter()
                    .setTenant(DaiadTrial.TENANT)
                    .setMeterId(household)
                    .setNominalFlowQ3(null)
                    .build());
    for (IntervalConsumption interval : intervals) {
      meter.add(interval).watermark(interval.getIntervalEnd());
    }
    meter.endOfInput();
    List<MeterAlarm> alarms = meter.alarms();
    meter.close();
    return alarms;
  }

  private void tally(String household, List<MeterAlarm> alarms, IntervalConsumption last) {
    Map<String, MeterAlarm> open = new HashMap<>();
    for (MeterAlarm alarm : alarms) {
      if (alarm.getStatus() == AlarmStatus.RAISED) {
        alarmed.computeIfAbsent(alarm.getType(), t -> new HashSet<>()).add(household);
        episodes.merge(alarm.getType(), 1, Integer::sum);
        open.put(alarm.getAlarmId(), alarm);
      } else if (alarm.getStatus() == AlarmStatus.CLEARED) {
        countOpen(open.remove(alarm.getAlarmId()), alarm.getEventTime());
      }
    }
    // Episodes still open when the data ends.
    open.values().forEach(raised -> countOpen(raised, last.getIntervalEnd()));
  }

  private void countOpen(MeterAlarm raised, Instant until) {
    openHours.merge(raised.getType(), FlowSample.hours(raised.getEventTime(), until), Double::sum);
  }

  private String report(DaiadTrial trial, long hours) {
    StringBuilder report =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "DAIAD trial A (CC-BY-SA 4.0): %d households, %d reads (%d unparseable rows),"
                    + " %d hourly intervals%n",
                HOUSEHOLDS,
                trial.readCount(),
                trial.unparseableRows(),
                hours));
    for (AlarmType type : FLOW_RULES) {
      int count = alarmed.getOrDefault(type, Set.of()).size();
      report.append(
          String.format(
              Locale.ROOT,
              "%-16s raised on %2d households (%4.1f %%), %3d episodes, open %4.2f %% of the"
                  + " household-hours%n",
              type,
              count,
              100.0 * count / HOUSEHOLDS,
              episodes.getOrDefault(type, 0),
              100.0 * openHours.getOrDefault(type, 0.0) / hours));
    }
    return report.toString();
  }
}
