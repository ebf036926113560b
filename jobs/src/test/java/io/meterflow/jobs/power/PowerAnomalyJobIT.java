package io.meterflow.jobs.power;

import static io.meterflow.contracts.AlarmSeverity.CRITICAL;
import static io.meterflow.contracts.AlarmSeverity.MAJOR;
import static io.meterflow.contracts.AlarmSeverity.MINOR;
import static io.meterflow.jobs.power.SimulatedElectricityMeters.HOUSEHOLD_LOAD;
import static io.meterflow.jobs.power.SimulatedElectricityMeters.PV_EXPORT;
import static io.meterflow.jobs.power.SimulatedElectricityMeters.SOUND_VOLTAGE;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.Register;
import io.meterflow.jobs.power.SimulatedElectricityMeters.Profile;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.testing.AlarmJobRun;
import io.meterflow.jobs.testing.AlarmStep;
import io.meterflow.jobs.testing.RealServicesExtension;
import io.meterflow.jobs.testing.SuiteUnderTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The power-anomaly job against the real broker, registry and Cassandra: simulated electricity
 * meters, each with one anomaly of SPEC.md 4.4 injected (four weeks of hourly data for the baseline
 * meter, whose slots warm up in three; five days of intervals and a day and a half of ten-minute
 * voltages and power events for the others), beside clean meters. Every anomaly is found, with its
 * type, meter or area, and times, on {@code meter.alarms} for a {@code read_committed} consumer and
 * in the Cassandra alarm tables; the clean meters raise nothing.
 */
@ExtendWith(RealServicesExtension.class)
class PowerAnomalyJobIT {

  /** A Monday at midnight UTC: the meters' weeks start here. */
  private static final Instant START = Instant.parse("2024-03-04T00:00:00Z");

  /** The baseline meter's data: four weeks, the fourth judged against the first three. */
  private static final Instant END = at(28, 0);

  /** Where the other meters' intervals start: five days before the end. */
  private static final Instant INTERVALS_FROM = at(23, 0);

  /** The readings of the meters that report voltages: a day and a half. */
  private static final Instant READINGS_FROM = at(26, 0);

  private static final Instant READINGS_UNTIL = at(27, 12);

  private static final String WEST = "area-west";
  private static final String SOUTH = "area-south";
  private static final String EAST = "area-east";

  @RegisterExtension static final MiniClusterExtension FLINK = AlarmJobRun.miniCluster();

  @Test
  void shouldFindEveryInjectedAnomalyOnKafkaAndInCassandra(ServiceEndpoints services)
      throws Exception {
    // The job's default idleness (5 min): every partition of the input topics carries data to the
    // end, so no partition needs to be taken as idle. A short idleness takes a partition that only
    // lags (backpressure on this loaded machine) as idle: event time runs ahead of its records,
    // which then raise false silences or are never released.
    SuiteUnderTest suite = SuiteUnderTest.setUp(services, "power-it");
    SimulatedElectricityMeters fleet = fleet();
    List<AlarmStep> expected = expectedAlarms();

    List<MeterAlarm> alarms =
        AlarmJobRun.run(
            suite,
            new PowerAnomalyJob(),
            fleet.devices(),
            fleet.intervals(),
            fleet.readings(),
            expected.size());

    AlarmStep.assertExactly(alarms, expected);
  }

  /** The meters, each with the anomaly its name says, and the clean ones. */
  private static SimulatedElectricityMeters fleet() {
    Instant issued = START.minus(Duration.ofDays(30));
    SimulatedElectricityMeters fleet = new SimulatedElectricityMeters();
    for (String meter :
        List.of(
            "e-baseline",
            "e-zero",
            "e-fuse",
            "e-reverse",
            "e-clean",
            "e-sag",
            "e-swell",
            "e-interrupt",
            "e-silent",
            "e-clean-voltage")) {
      fleet.meter(meter, WEST, false, issued);
    }
    fleet.meter("e-pv", WEST, true, issued).meter("e-outage", SOUTH, false, issued);
    for (String meter : List.of("e-area-1", "e-area-2", "e-area-3")) {
      fleet.meter(meter, EAST, false, issued);
    }

    // A heat pump gone wild on Thursday of week 4: 3 kWh an hour from 10:00 to 15:00 where the
    // household usually draws 0.5.
    fleet.hourly(
        "e-baseline",
        Register.ELECTRICITY_IMPORT_ENERGY,
        START,
        END,
        HOUSEHOLD_LOAD.with(at(24, 10), at(24, 15), 3.0));
    importIntervals(fleet, "e-zero", HOUSEHOLD_LOAD.with(at(24, 0), at(27, 6), 0));
    // 40 kWh in an hour, where a 3 x 25 A fuse lets 17.25 kWh through (21.5625 with the margin).
    importIntervals(fleet, "e-fuse", HOUSEHOLD_LOAD.with(at(25, 19), at(25, 20), 40));
    importIntervals(fleet, "e-reverse", HOUSEHOLD_LOAD);
    Profile noExport = hour -> 0;
    fleet.hourly(
        "e-reverse",
        Register.ELECTRICITY_EXPORT_ENERGY,
        INTERVALS_FROM,
        END,
        noExport.with(at(25, 10), at(25, 12), 0.8));
    importIntervals(fleet, "e-pv", HOUSEHOLD_LOAD);
    fleet.hourly("e-pv", Register.ELECTRICITY_EXPORT_ENERGY, INTERVALS_FROM, END, PV_EXPORT);
    importIntervals(fleet, "e-clean", HOUSEHOLD_LOAD);

    Instant voltageFrom = at(26, 12);
    Instant voltageUntil = voltageFrom.plus(Duration.ofMinutes(30));
    voltages(fleet, "e-sag", SOUND_VOLTAGE.with(voltageFrom, voltageUntil, 200), time -> true);
    voltages(fleet, "e-swell", SOUND_VOLTAGE.with(voltageFrom, voltageUntil, 260), time -> true);
    voltages(fleet, "e-interrupt", SOUND_VOLTAGE.with(voltageFrom, voltageUntil, 0), time -> true);
    voltages(fleet, "e-clean-voltage", SOUND_VOLTAGE, time -> true);
    // Silent from 06:00 to 18:00, where it reports every ten minutes.
    voltages(
        fleet,
        "e-silent",
        SOUND_VOLTAGE,
        time -> !time.isAfter(at(26, 6)) || !time.isBefore(at(26, 18)));

    // A single outage from 15:00 to 16:00; the meter measures again at 16:10.
    outage(fleet, "e-outage", at(26, 15), at(26, 16));
    // Three meters of one area lose power within two minutes at 20:00, and get it back at 21:00.
    for (int meter = 1; meter <= 3; meter++) {
      outage(fleet, "e-area-" + meter, at(26, 20).plus(Duration.ofMinutes(meter - 1)), at(26, 21));
    }
    return fleet;
  }

  private static void importIntervals(
      SimulatedElectricityMeters fleet, String meterId, Profile kwh) {
    fleet.hourly(meterId, Register.ELECTRICITY_IMPORT_ENERGY, INTERVALS_FROM, END, kwh);
  }

  private static void voltages(
      SimulatedElectricityMeters fleet, String meterId, Profile volts, Predicate<Instant> reports) {
    fleet.voltages(meterId, READINGS_FROM, READINGS_UNTIL, volts, reports);
  }

  /**
   * POWER_FAIL at {@code failed}, POWER_RESTORED at {@code restored}, and no voltages from the
   * failure's ten minutes until ten minutes after the restoration.
   */
  private static void outage(
      SimulatedElectricityMeters fleet, String meterId, Instant failed, Instant restored) {
    Instant lastBefore = failed.minus(Duration.ofMinutes(10));
    Instant firstAfter = restored.plus(Duration.ofMinutes(10));
    voltages(
        fleet,
        meterId,
        SOUND_VOLTAGE,
        time -> !time.isAfter(lastBefore) || !time.isBefore(firstAfter));
    fleet
        .event(meterId, failed, ReadingFlag.POWER_FAIL)
        .event(meterId, restored, ReadingFlag.POWER_RESTORED);
  }

  private static List<AlarmStep> expectedAlarms() {
    List<AlarmStep> steps = new ArrayList<>();
    // Three deviating hours raise it, the fourth and fifth add a fifth or more to the evidence,
    // three normal hours clear it from the first of them.
    steps.addAll(
        episode("e-baseline", WEST, AlarmType.BASELINE_DEVIATION, MINOR, at(24, 10))
            .raised(at(24, 13), baseline(7.5, 3))
            .updated(at(24, 14), baseline(10.0, 4))
            .updated(at(24, 15), baseline(12.5, 5))
            .cleared(at(24, 15), at(24, 18), baseline(12.5, 5))
            .steps());
    steps.addAll(
        episode("e-zero", WEST, AlarmType.ZERO_CONSUMPTION, MINOR, at(24, 0))
            .raised(at(27, 0), Map.of("hoursWithoutConsumption", 72.0))
            .cleared(at(27, 6), at(27, 7), Map.of("hoursWithoutConsumption", 78.0))
            .steps());
    Map<String, Double> implausible = Map.of("consumptionKwh", 40.0, "allowedKwh", 21.5625);
    steps.addAll(
        episode("e-fuse", WEST, AlarmType.IMPLAUSIBLE_CONSUMPTION, MAJOR, at(25, 19))
            .raised(at(25, 20), implausible)
            .cleared(at(25, 20), at(25, 21), implausible)
            .steps());
    // Cleared once the export register has stood still for 24 hours.
    steps.addAll(
        episode("e-reverse", WEST, AlarmType.REVERSE_FLOW, MAJOR, at(25, 10))
            .raised(at(25, 11), Map.of("exportedKwh", 0.8))
            .updated(at(25, 12), Map.of("exportedKwh", 1.6))
            .cleared(at(25, 12), at(26, 12), Map.of("exportedKwh", 1.6))
            .steps());
    // Voltage quality: the three ten-minute windows from 12:00 out of limits, back at 12:30.
    steps.addAll(voltageEpisode("e-sag", AlarmType.VOLTAGE_SAG, MINOR, voltage(200)));
    steps.addAll(voltageEpisode("e-swell", AlarmType.VOLTAGE_SWELL, MAJOR, voltage(260)));
    steps.addAll(
        voltageEpisode(
            "e-interrupt", AlarmType.INTERRUPTION, MAJOR, Map.of("phasesAffected", 1.0)));
    steps.addAll(outageEpisode("e-outage", SOUTH, at(26, 15), at(26, 16)));
    for (int meter = 1; meter <= 3; meter++) {
      steps.addAll(
          outageEpisode(
              "e-area-" + meter, EAST, at(26, 20).plus(Duration.ofMinutes(meter - 1)), at(26, 21)));
    }
    // The third failure within five minutes raises it; the first restoration updates it, the
    // second (two of three meters back) clears it.
    steps.addAll(
        episode(null, EAST, AlarmType.AREA_OUTAGE, CRITICAL, at(26, 20))
            .raised(at(26, 20).plus(Duration.ofMinutes(2)), areaOutage(3))
            .updated(at(26, 21), areaOutage(2))
            .cleared(at(26, 21), at(26, 21), areaOutage(1))
            .steps());
    // Six hours (the least silence; three ten-minute cadences are less) after the last reading.
    steps.addAll(
        episode("e-silent", WEST, AlarmType.COMMUNICATION_LOSS, MINOR, at(26, 6))
            .raised(at(26, 12), Map.of("silenceHours", 6.0, "usualCadenceMinutes", 10.0))
            .cleared(
                at(26, 18), at(26, 18), Map.of("silenceHours", 12.0, "usualCadenceMinutes", 10.0))
            .steps());
    return steps;
  }

  private static AlarmStep.Episode episode(
      String meterId, String areaId, AlarmType type, AlarmSeverity severity, Instant start) {
    return AlarmStep.episode(meterId, areaId, type, severity, start);
  }

  private static Map<String, Double> baseline(double deviationKwh, int hours) {
    return Map.of("deviationKwh", deviationKwh, "deviatingHours", (double) hours);
  }

  private static Map<String, Double> voltage(double volts) {
    return Map.of(
        "phasesAffected", 1.0, "meanVoltageV", volts, "percentOfNominal", volts / 230 * 100);
  }

  private static List<AlarmStep> voltageEpisode(
      String meterId, AlarmType type, AlarmSeverity severity, Map<String, Double> evidence) {
    return episode(meterId, WEST, type, severity, at(26, 12))
        .raised(at(26, 12).plus(Duration.ofMinutes(10)), evidence)
        .cleared(
            at(26, 12).plus(Duration.ofMinutes(30)),
            at(26, 12).plus(Duration.ofMinutes(40)),
            evidence)
        .steps();
  }

  private static List<AlarmStep> outageEpisode(
      String meterId, String areaId, Instant failed, Instant restored) {
    double minutes = Duration.between(failed, restored).toMinutes();
    return episode(meterId, areaId, AlarmType.OUTAGE, MAJOR, failed)
        .raised(failed, Map.of())
        .cleared(restored, restored, Map.of("outageMinutes", minutes))
        .steps();
  }

  private static Map<String, Double> areaOutage(int stillOut) {
    return Map.of("affectedMeters", 3.0, "metersStillOut", (double) stillOut);
  }

  /** The instant {@code hour} hours into day {@code day} of the simulation (UTC). */
  private static Instant at(int day, int hour) {
    return START.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
  }
}
