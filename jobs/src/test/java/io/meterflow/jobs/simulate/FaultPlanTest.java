package io.meterflow.jobs.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AlarmType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

  private static final SimulationSettings DEMO = RecordedFleet.DEMO;

  private final List<SimulatedMeter> fleet = FleetModel.build(DEMO);
  private final Map<String, SimulatedMeter> meters =
      fleet.stream().collect(Collectors.toMap(SimulatedMeter::meterId, Function.identity()));
  private final List<InjectedFault> faults = FaultPlan.plan(fleet, DEMO).faults();

  @Test
  void shouldNameAlarmFaultsExactlyAsTheAlarmTypes() {
    Set<String> alarmFaults =
        Arrays.stream(FaultType.values())
            .filter(FaultType::alarm)
            .map(Enum::name)
            .collect(Collectors.toSet());

    assertThat(alarmFaults)
        .isEqualTo(Arrays.stream(AlarmType.values()).map(Enum::name).collect(Collectors.toSet()));
  }

  @Test
  void shouldInjectEveryFaultTypeIntoTheDemoFleet() {
    Map<FaultType, Long> counts =
        faults.stream().collect(Collectors.groupingBy(InjectedFault::type, Collectors.counting()));

    assertThat(counts.keySet()).containsExactlyInAnyOrder(FaultType.values());
    counts.forEach(
        (type, count) ->
            assertThat(count)
                .as(type.name())
                .isGreaterThanOrEqualTo(type == FaultType.AREA_OUTAGE ? 1 : 3));
  }

  @Test
  void shouldGiveEachMeterAtMostOneAlarmFaultAndOneDataFault() {
    Map<String, Map<Boolean, Long>> perMeter =
        faults.stream()
            .filter(fault -> fault.meterId() != null)
            .collect(
                Collectors.groupingBy(
                    InjectedFault::meterId,
                    Collectors.partitioningBy(f -> f.type().alarm(), Collectors.counting())));

    perMeter.forEach(
        (meter, kinds) -> {
          assertThat(kinds.get(true)).as(meter).isLessThanOrEqualTo(1);
          assertThat(kinds.get(false)).as(meter).isLessThanOrEqualTo(1);
          assertThat(kinds.get(true) + kinds.get(false)).as(meter).isEqualTo(1);
        });
  }

  @Test
  void shouldKeepFaultsOffMetersThatSendCsvFiles() {
    assertThat(faults)
        .filteredOn(fault -> fault.meterId() != null)
        .allSatisfy(
            fault ->
                assertThat(meters.get(fault.meterId()).channel())
                    .isNotEqualTo(io.meterflow.contracts.SourceFormat.CSV_FILE));
  }

  @Test
  void shouldSizeLeaksBeyondTheLeakRuleDefaults() {
    for (InjectedFault fault : of(FaultType.CONTINUOUS_FLOW)) {
      // Every hour above 5 L/h and no standstill for 24 measured hours, with room to spare.
      assertThat(fault.number("leakLitresPerHour")).isGreaterThanOrEqualTo(10);
      assertThat(length(fault)).isGreaterThanOrEqualTo(Duration.ofHours(30));
      // At most two nights, so that a lowered night-flow rule does not raise on it too.
      assertThat(fault.start()).isAfterOrEqualTo(DEMO.start().plus(Duration.ofHours(54)));
    }
    for (InjectedFault fault : of(FaultType.BURST)) {
      double thresholdLitresPerHour =
          0.1 * meters.get(fault.meterId()).device().getNominalFlowQ3() * 1000;
      assertThat(fault.number("flowLitresPerHour")).isGreaterThan(1.5 * thresholdLitresPerHour);
      assertThat(length(fault)).isGreaterThanOrEqualTo(Duration.ofHours(2));
      assertThat(meters.get(fault.meterId()).cadence()).isEqualTo(Duration.ofMinutes(15));
    }
    for (InjectedFault fault : of(FaultType.NIGHT_FLOW)) {
      // Above 1 L/h at night, below the 5 L/h of continuous flow.
      assertThat(fault.number("leakLitresPerHour")).isBetween(2.5, 4.0);
      assertThat(fault.start()).isEqualTo(DEMO.start());
      assertThat(fault.end()).isEqualTo(DEMO.end());
    }
  }

  @Test
  void shouldSizePowerFaultsBeyondThePowerRuleDefaults() {
    for (InjectedFault fault : of(FaultType.ZERO_CONSUMPTION)) {
      assertThat(length(fault)).isGreaterThanOrEqualTo(Duration.ofHours(72 + 24));
    }
    for (InjectedFault fault : of(FaultType.COMMUNICATION_LOSS)) {
      assertThat(length(fault)).isGreaterThanOrEqualTo(Duration.ofHours(12));
      assertThat(fault.start()).isAfterOrEqualTo(DEMO.start().plus(Duration.ofHours(6)));
    }
    assertThat(of(FaultType.VOLTAGE_SAG))
        .allSatisfy(f -> assertThat(f.number("shareOfNominal")).isLessThan(0.9));
    assertThat(of(FaultType.VOLTAGE_SWELL))
        .allSatisfy(f -> assertThat(f.number("shareOfNominal")).isGreaterThan(1.1));
    assertThat(of(FaultType.INTERRUPTION))
        .allSatisfy(f -> assertThat(f.number("shareOfNominal")).isLessThan(0.05));
    for (InjectedFault fault : of(FaultType.IMPLAUSIBLE_CONSUMPTION)) {
      // Three times the fuse's full load is far beyond its 25 % margin.
      assertThat(fault.number("fuseCapacityMultiple")).isEqualTo(3.0);
      assertThat(length(fault)).isEqualTo(Duration.ofMinutes(15));
    }
  }

  @Test
  void shouldFailEveryMeterOfTheOutageAreaWithinTheAreaWindow() {
    InjectedFault area = of(FaultType.AREA_OUTAGE).get(0);
    List<InjectedFault> outages =
        of(FaultType.OUTAGE).stream()
            .filter(fault -> "AREA_OUTAGE".equals(fault.parameters().get("cause")))
            .toList();

    assertThat(outages).hasSize(((Number) area.parameters().get("meters")).intValue());
    assertThat(outages.size()).isGreaterThanOrEqualTo(3);
    assertThat(outages)
        .allSatisfy(
            outage -> {
              assertThat(outage.areaId()).isEqualTo(area.areaId());
              assertThat(Duration.between(area.start(), outage.start()))
                  .isBetween(Duration.ZERO, Duration.ofMinutes(2));
            });
  }

  @Test
  void shouldEndEveryFaultWithinTheSimulation() {
    assertThat(faults)
        .allSatisfy(
            fault -> {
              assertThat(fault.start()).isBetween(DEMO.start(), DEMO.end());
              assertThat(fault.end()).isBetween(fault.start(), DEMO.end());
            });
  }

  private List<InjectedFault> of(FaultType type) {
    return faults.stream().filter(fault -> fault.type() == type).toList();
  }

  private static Duration length(InjectedFault fault) {
    return Duration.between(fault.start(), fault.end());
  }

  @Test
  void shouldPlaceBaselineDeviationsOnlyWhereTheBaselineHasWarmedUp() {
    SimulationSettings threeDays =
        new SimulationSettings(DEMO.meters(), 3, DEMO.seed(), DEMO.startDate());
    SimulationSettings fourDays =
        new SimulationSettings(DEMO.meters(), 4, DEMO.seed(), DEMO.startDate());

    assertThat(FaultPlan.plan(FleetModel.build(threeDays), threeDays).faults())
        .noneMatch(fault -> fault.type() == FaultType.BASELINE_DEVIATION);
    assertThat(FaultPlan.plan(FleetModel.build(fourDays), fourDays).faults())
        .filteredOn(fault -> fault.type() == FaultType.BASELINE_DEVIATION)
        .isNotEmpty()
        .allMatch(
            fault ->
                fault.start().equals(fourDays.start().plus(Duration.ofHours(3 * 24 + 14)))
                    && fault.end().equals(fourDays.end().minus(Duration.ofHours(4))));
  }
}
