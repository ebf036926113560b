package io.meterflow.jobs.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.Commodity;
import io.meterflow.jobs.simulate.RecordedFleet.Point;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo fleet's data against its ground truth. */
class SimulatedDataTest {

  private static RecordedFleet fleet;
  private static Map<String, List<InjectedFault>> faultsByMeter;

  @BeforeAll
  static void simulate() throws IOException {
    fleet = RecordedFleet.demo();
    faultsByMeter =
        fleet.groundTruth.stream()
            .filter(fault -> fault.meterId() != null)
            .collect(Collectors.groupingBy(InjectedFault::meterId));
  }

  @Test
  void shouldKeepEveryIndexRisingButForRolloversReplacementsAndCorrections() {
    for (SimulatedMeter meter : fleet.simulation.fleet()) {
      Set<FaultType> faults = types(meter);
      List<Point> index = fleet.index(meter);
      int decreases = 0;
      for (int i = 1; i < index.size(); i++) {
        if (index.get(i).value() < index.get(i - 1).value()
            && !index.get(i).time().equals(index.get(i - 1).time())) {
          decreases++;
        }
      }
      boolean resets =
          faults.contains(FaultType.ROLLOVER) || faults.contains(FaultType.METER_REPLACEMENT);
      assertThat(decreases).as(meter.meterId()).isEqualTo(resets ? 1 : 0);
    }
  }

  @Test
  void shouldKeepEveryNightOfACleanWaterMeterAtStandstillForAnHour() {
    for (SimulatedMeter meter : cleanMeters(Commodity.WATER)) {
      if (meter.channel() == io.meterflow.contracts.SourceFormat.CSV_FILE) {
        continue;
      }
      Map<Instant, Double> hourly = hourlyIndex(fleet.index(meter));
      for (LocalDate night = RecordedFleet.DEMO.startDate();
          night.isBefore(RecordedFleet.DEMO.startDate().plusDays(5));
          night = night.plusDays(1)) {
        boolean standstill = false;
        for (int hour = 1; hour < 5; hour++) {
          Instant from =
              LocalDateTime.of(night, java.time.LocalTime.of(hour, 0))
                  .atZone(meter.zone())
                  .toInstant();
          Double a = hourly.get(from);
          Double b = hourly.get(from.plus(Duration.ofHours(1)));
          if (a != null && b != null && b - a <= 0.0005) {
            standstill = true;
          }
        }
        assertThat(standstill).as(meter.meterId() + " night of " + night).isTrue();
      }
    }
  }

  @Test
  void shouldReportPowerFailuresAndRestorationsAtTheOutageTimes() {
    for (InjectedFault outage : faults(FaultType.OUTAGE)) {
      SimulatedMeter meter = meter(outage.meterId());
      List<Point> events = fleet.points(meter, VendorDialect.EVENT_CODE);

      assertThat(events)
          .extracting(Point::time, Point::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(outage.start(), List.of("POWER_FAIL")),
              org.assertj.core.groups.Tuple.tuple(outage.end(), List.of("POWER_RESTORED")));
      assertThat(fleet.index(meter))
          .noneMatch(
              point -> point.time().isAfter(outage.start()) && point.time().isBefore(outage.end()));
    }
  }

  @Test
  void shouldSendNothingDuringACommunicationLoss() {
    for (InjectedFault loss : faults(FaultType.COMMUNICATION_LOSS)) {
      List<Point> points = fleet.byMeter.get(loss.meterId());

      assertThat(points).noneMatch(point -> loss.covers(point.time()));
      assertThat(points)
          .anyMatch(
              point -> point.time().equals(loss.start().minus(meter(loss.meterId()).cadence())));
      assertThat(points).anyMatch(point -> point.time().equals(loss.end()));
    }
  }

  @Test
  void shouldHoldTheIndexStillOnZeroConsumption() {
    for (InjectedFault zero : faults(FaultType.ZERO_CONSUMPTION)) {
      List<Double> values =
          fleet.index(meter(zero.meterId())).stream()
              .filter(point -> !point.time().isBefore(zero.start()))
              .map(Point::value)
              .distinct()
              .toList();
      assertThat(values).hasSize(1);
    }
  }

  @Test
  void shouldRaiseTheExportRegisterOnlyOnMetersWithGenerationOrUnregisteredPv() {
    for (SimulatedMeter meter : fleet.simulation.fleet()) {
      if (meter.commodity() != Commodity.ELECTRICITY) {
        continue;
      }
      List<Point> export = fleet.points(meter, meter.dialect().exportCode());
      double exported = export.get(export.size() - 1).value() - export.get(0).value();
      boolean mayExport =
          meter.device().getHasGeneration() || types(meter).contains(FaultType.REVERSE_FLOW);
      if (mayExport && !types(meter).contains(FaultType.ZERO_CONSUMPTION)) {
        assertThat(exported).as(meter.meterId()).isGreaterThan(1.0);
      } else if (!mayExport) {
        assertThat(exported).as(meter.meterId()).isZero();
      }
    }
  }

  @Test
  void shouldSendVoltagesOutsideTheLimitsOnlyDuringVoltageFaults() {
    for (SimulatedMeter meter : fleet.simulation.fleet()) {
      if (meter.commodity() != Commodity.ELECTRICITY) {
        continue;
      }
      List<InjectedFault> voltageFaults =
          faultsByMeter.getOrDefault(meter.meterId(), List.of()).stream()
              .filter(f -> f.parameters().containsKey("shareOfNominal"))
              .toList();
      for (Point point : fleet.points(meter, meter.dialect().voltageCode(0))) {
        boolean disturbed = voltageFaults.stream().anyMatch(f -> f.covers(point.time()));
        if (disturbed) {
          assertThat(point.value() < 207.0 || point.value() > 253.0).as(meter.meterId()).isTrue();
        } else {
          assertThat(point.value()).as(meter.meterId()).isBetween(220.0, 240.0);
        }
      }
    }
  }

  @Test
  void shouldMeasureBurstsAboveTheThreshold() {
    for (InjectedFault burst : faults(FaultType.BURST)) {
      SimulatedMeter meter = meter(burst.meterId());
      Map<Instant, Double> index = new HashMap<>();
      fleet.index(meter).forEach(point -> index.put(point.time(), point.value()));
      double threshold = 0.1 * meter.device().getNominalFlowQ3() / 4;
      for (Instant quarter = burst.start();
          quarter.isBefore(burst.end());
          quarter = quarter.plus(Duration.ofMinutes(15))) {
        double volume = index.get(quarter.plus(Duration.ofMinutes(15))) - index.get(quarter);
        assertThat(volume).as(burst.meterId() + " at " + quarter).isGreaterThan(threshold);
      }
    }
  }

  @Test
  void shouldFlagTheMeterCodeOnlyDuringItsFault() {
    for (InjectedFault code : faults(FaultType.METER_CODE)) {
      List<Point> index = fleet.index(meter(code.meterId()));

      assertThat(index)
          .allSatisfy(
              point ->
                  assertThat(point.status().contains("LEAK")).isEqualTo(code.covers(point.time())));
      assertThat(index).anyMatch(point -> point.status().contains("LEAK"));
    }
  }

  @Test
  void shouldSendOneUnreadableRecordPerCorruptRecordFault() {
    // The Avro ones with an unknown register code are readable here; the normalizer rejects them.
    long unknownRegisters =
        fleet.byMeter.values().stream()
            .flatMap(List::stream)
            .filter(point -> point.registerCode().equals("9-9:99.99.9"))
            .count();

    assertThat(fleet.rejectedLines.size() + unknownRegisters)
        .isEqualTo(faults(FaultType.CORRUPT_RECORD).size());
  }

  private static Map<Instant, Double> hourlyIndex(List<Point> index) {
    Map<Instant, Double> hourly = new HashMap<>();
    for (Point point : index) {
      if (point.time().toEpochMilli() % Duration.ofHours(1).toMillis() == 0) {
        hourly.put(point.time(), point.value());
      }
    }
    return hourly;
  }

  private static List<SimulatedMeter> cleanMeters(Commodity commodity) {
    return fleet.simulation.fleet().stream()
        .filter(meter -> meter.commodity() == commodity)
        .filter(meter -> !faultsByMeter.containsKey(meter.meterId()))
        .toList();
  }

  private static Set<FaultType> types(SimulatedMeter meter) {
    return faultsByMeter.getOrDefault(meter.meterId(), List.of()).stream()
        .map(InjectedFault::type)
        .collect(Collectors.toSet());
  }

  private static List<InjectedFault> faults(FaultType type) {
    return fleet.groundTruth.stream().filter(fault -> fault.type() == type).toList();
  }

  private static SimulatedMeter meter(String meterId) {
    return fleet.simulation.fleet().stream()
        .filter(meter -> meter.meterId().equals(meterId))
        .findFirst()
        .orElseThrow();
  }
}
