package io.meterflow.jobs.leak;

import static io.meterflow.contracts.AlarmSeverity.CRITICAL;
import static io.meterflow.contracts.AlarmSeverity.MAJOR;
import static io.meterflow.contracts.AlarmSeverity.MINOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.jobs.leak.SimulatedHouseholds.Household;
import io.meterflow.jobs.leak.SimulatedHouseholds.Leak;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.testing.AlarmJobRun;
import io.meterflow.jobs.testing.AlarmStep;
import io.meterflow.jobs.testing.RealServicesExtension;
import io.meterflow.jobs.testing.SuiteUnderTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The leak-detection job against the real broker, registry and Cassandra: ten days of hourly water
 * intervals of six simulated households, three of them with an injected leak (a running toilet, a
 * burst pipe, a dripping tap at night) and one whose meter reports its own LEAK code on its daily
 * index reads, give exactly the expected alarm episodes on {@code meter.alarms} for a {@code
 * read_committed} consumer, and the same episodes in the Cassandra alarm tables; the clean
 * households raise nothing.
 */
@ExtendWith(RealServicesExtension.class)
class LeakDetectionJobIT {

  /** A Monday at midnight UTC, weeks from any DST change. */
  private static final Instant START = Instant.parse("2024-03-04T00:00:00Z");

  private static final int DAYS = 10;
  private static final String UTC = "UTC";

  private static final Household CLEAN = new Household("house-1", UTC, 1.0);

  /** A running toilet: 8 L/h, day and night, from day 2 until it is fixed on day 4 at 23:00. */
  private static final Household RUNNING_TOILET =
      new Household("house-2", UTC, 1.2, new Leak(at(2, 0), at(4, 23), 0.008));

  /** A pipe that bursts at 02:00 on day 3 and is shut off at 05:00: 900 L/h. */
  private static final Household BURST_PIPE =
      new Household("house-3", UTC, 0.9, new Leak(at(3, 2), at(3, 5), 0.9));

  /**
   * A tap dripping 2 L/h until it is fixed on day 8, too little for continuous flow (5 L/h), in
   * Madrid, whose night (02:00-04:00 local) is 01:00-03:00 UTC.
   */
  private static final Household DRIPPING_TAP =
      new Household("house-4", "Europe/Madrid", 0.8, new Leak(START, at(8, 0), 0.002));

  /** Clean use; its meter reports LEAK on its daily reads of days 4 and 5. */
  private static final Household LEAK_CODE = new Household("house-5", UTC, 1.1);

  private static final Household QUIET = new Household("house-6", UTC, 0.6);

  private static final List<Household> HOUSEHOLDS =
      List.of(CLEAN, RUNNING_TOILET, BURST_PIPE, DRIPPING_TAP, LEAK_CODE, QUIET);

  @RegisterExtension static final MiniClusterExtension FLINK = AlarmJobRun.miniCluster();

  @Test
  void shouldRaiseExactlyTheInjectedLeaksOnKafkaAndInCassandra(ServiceEndpoints services)
      throws Exception {
    // The job's default idleness (5 min): every partition of the input topics carries data to the
    // end, so no partition needs to be taken as idle. A short idleness takes a partition that only
    // lags (backpressure on this loaded machine) as idle: event time runs ahead of its records,
    // which then raise false silences or are never released.
    SuiteUnderTest suite = SuiteUnderTest.setUp(services, "leak-it");
    List<AlarmStep> expected = expectedAlarms();

    List<MeterAlarm> alarms =
        AlarmJobRun.run(
            suite,
            new LeakDetectionJob(),
            HOUSEHOLDS.stream()
                .map(household -> household.device(START.minus(Duration.ofDays(30))))
                .toList(),
            // The last day is normal use: it carries event time past the end of every leak.
            SimulatedHouseholds.hourlyIntervals(HOUSEHOLDS, START, DAYS * 24),
            HOUSEHOLDS.stream()
                .flatMap(
                    household ->
                        household
                            .dailyIndexReads(
                                START, DAYS + 1, household == LEAK_CODE ? Set.of(4, 5) : Set.of())
                            .stream())
                .sorted(Comparator.comparing(MeterReading::getReadingTime))
                .toList(),
            expected.size());

    AlarmStep.assertExactly(alarms, expected);
    assertThat(alarms)
        .filteredOn(alarm -> alarm.getType() == AlarmType.BURST && alarm.getSequence() == 0)
        .singleElement()
        .satisfies(
            burst ->
                assertThat(burst.getParameters())
                    .containsEntry("thresholdM3PerH", "0.25")
                    .containsEntry("thresholdBasis", "Q3=2.5"));
  }

  private static List<AlarmStep> expectedAlarms() {
    List<AlarmStep> steps = new ArrayList<>();
    // Continuous flow: raised after 24 hours without standstill, from the leak's first hour;
    // UPDATED whenever the hours (and the leaked volume, 8 L an hour) grow by a fifth; cleared by
    // the first hour at standstill after the fix.
    steps.addAll(
        episode(RUNNING_TOILET, AlarmType.CONTINUOUS_FLOW, MINOR, at(2, 0))
            .raised(at(3, 0), continuousFlow(24))
            .updated(at(3, 5), continuousFlow(29))
            .updated(at(3, 11), continuousFlow(35))
            .updated(at(3, 18), continuousFlow(42))
            .updated(at(4, 3), continuousFlow(51))
            .updated(at(4, 14), continuousFlow(62))
            .cleared(at(4, 23), at(5, 0), continuousFlow(71))
            .steps());
    // Burst: two hours above 10 % of Q3 raise it, the third updates it, the next hour clears it.
    steps.addAll(
        episode(BURST_PIPE, AlarmType.BURST, CRITICAL, at(3, 2))
            .raised(at(3, 4), burst(1.8, 120))
            .updated(at(3, 5), burst(2.7, 180))
            .cleared(at(3, 5), at(3, 6), burst(2.7, 180))
            .steps());
    // Night flow: the seventh flowing night (local dates 0 to 6) raises it; the eighth grows the
    // evidence by less than a fifth; the first quiet night hour after the fix clears it.
    steps.addAll(
        episode(DRIPPING_TAP, AlarmType.NIGHT_FLOW, MINOR, at(0, 1))
            .raised(at(6, 3), nightFlow(7))
            .cleared(at(8, 1), at(8, 2), nightFlow(8))
            .steps());
    // The meter's own LEAK code, on the reads of days 4 and 5, cleared by the read of day 6.
    steps.addAll(
        episode(LEAK_CODE, AlarmType.METER_CODE, MAJOR, at(4, 0))
            .raised(at(4, 0), Map.of())
            .cleared(at(6, 0), at(6, 0), Map.of("hoursReported", 48.0))
            .steps());
    return steps;
  }

  private static AlarmStep.Episode episode(
      Household household, AlarmType type, AlarmSeverity severity, Instant start) {
    return AlarmStep.episode(household.meterId(), ContractFixtures.AREA, type, severity, start);
  }

  /** The running toilet's evidence after so many hours: 8 L an hour, the least flow. */
  private static Map<String, Double> continuousFlow(int hours) {
    return Map.of(
        "estimatedLeakedVolumeM3",
        0.008 * hours,
        "minimumFlowM3PerH",
        0.008,
        "hoursWithoutStandstill",
        (double) hours);
  }

  private static Map<String, Double> burst(double leakedM3, int minutes) {
    return Map.of(
        "estimatedLeakedVolumeM3",
        leakedM3,
        "minimumFlowM3PerH",
        0.9,
        "durationMinutes",
        (double) minutes);
  }

  /** The dripping tap's evidence after so many nights: 2 L/h for 24 h a night. */
  private static Map<String, Double> nightFlow(int nights) {
    return Map.of(
        "estimatedLeakedVolumeM3",
        0.002 * 24 * nights,
        "minimumFlowM3PerH",
        0.002,
        "flowingNights",
        (double) nights);
  }

  /** The instant {@code hour} hours into day {@code day} of the simulation (UTC). */
  private static Instant at(int day, int hour) {
    return START.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
  }
}
