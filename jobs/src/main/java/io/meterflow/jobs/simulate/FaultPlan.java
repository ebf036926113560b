package io.meterflow.jobs.simulate;

import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.SourceFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Which meter gets which fault, when, and how large: sized against the rules' defaults (SPEC.md
 * 4.3, 4.4; leak-detection's {@code LeakDetectionOptions}, power-anomaly's {@code
 * PowerAnomalyOptions}) so that each alarm fault is detectable, and placed so that it is over, or
 * detectable, well before the end of the simulation. Each meter carries at most one alarm fault and
 * at most one data fault; faults go to meters that send head-end Avro or JSON (CSV meters carry
 * local times across the DST change and stay clean). Data faults go to meters without alarm faults.
 */
public final class FaultPlan {

  static final Duration QUARTER = SimulationSettings.STEP;
  static final Duration HOUR = Duration.ofHours(1);

  /**
   * Meters per alarm type, as a share of the meters of its commodity that can carry faults: 3 of
   * each type for 300 meters.
   */
  private static final double ELECTRICITY_SHARE = 0.018;

  private static final double WATER_SHARE = 0.04;

  private static final double DATA_SHARE = 0.012;

  /**
   * power-anomaly's {@code power.baseline.warm-up-days} default: a meter's hours are judged against
   * its baseline from then on; a shorter simulation gets no baseline deviation.
   */
  private static final Duration BASELINE_WARM_UP = Duration.ofDays(3);

  private final List<InjectedFault> faults;
  private final Map<String, List<InjectedFault>> byMeter;

  private FaultPlan(List<InjectedFault> faults) {
    faults.sort(
        Comparator.comparing(InjectedFault::start)
            .thenComparing(InjectedFault::type)
            .thenComparing(fault -> String.valueOf(fault.meterId()))
            .thenComparing(fault -> String.valueOf(fault.areaId())));
    this.faults = List.copyOf(faults);
    Map<String, List<InjectedFault>> meters = new HashMap<>();
    for (InjectedFault fault : faults) {
      if (fault.meterId() != null) {
        meters.computeIfAbsent(fault.meterId(), id -> new ArrayList<>()).add(fault);
      }
    }
    this.byMeter = meters;
  }

  public static FaultPlan plan(List<SimulatedMeter> fleet, SimulationSettings settings) {
    return new Planner(fleet, settings).plan();
  }

  /** Every fault, ordered by start. */
  public List<InjectedFault> faults() {
    return faults;
  }

  /** The faults of one meter (an area outage appears as an OUTAGE of each of its meters). */
  List<InjectedFault> of(SimulatedMeter meter) {
    return byMeter.getOrDefault(meter.meterId(), List.of());
  }

  /** Draws the faults; one instance per plan. */
  private static final class Planner {
    private final SimulationSettings settings;
    private final SplittableRandom random;
    private final List<SimulatedMeter> pool;
    private final List<SimulatedMeter> allCsv;
    private final List<InjectedFault> faults = new ArrayList<>();
    private final Instant start;
    private final Instant end;

    Planner(List<SimulatedMeter> fleet, SimulationSettings settings) {
      this.settings = settings;
      this.random = new SplittableRandom(settings.seed() ^ 0x5EED_FA17L);
      this.start = settings.start();
      this.end = settings.end();
      List<SimulatedMeter> shuffled = new ArrayList<>(fleet);
      for (int i = shuffled.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        shuffled.set(i, shuffled.set(j, shuffled.get(i)));
      }
      this.pool =
          new ArrayList<>(
              shuffled.stream().filter(m -> m.channel() != SourceFormat.CSV_FILE).toList());
      this.allCsv = shuffled.stream().filter(m -> m.channel() == SourceFormat.CSV_FILE).toList();
    }

    FaultPlan plan() {
      areaOutage();
      electricityFaults();
      waterFaults();
      dataFaults();
      dstChanges();
      return new FaultPlan(faults);
    }

    private void areaOutage() {
      Map<String, List<SimulatedMeter>> areas = new TreeMap<>();
      pool.stream()
          .filter(m -> m.commodity() == Commodity.ELECTRICITY)
          .forEach(m -> areas.computeIfAbsent(m.areaId(), a -> new ArrayList<>()).add(m));
      areas.values().stream()
          .filter(members -> members.size() >= 4)
          .findFirst()
          .ifPresent(
              members -> {
                Duration length = Duration.ofMinutes(90);
                Instant at = randomTime(length, QUARTER).plus(Duration.ofMinutes(2));
                SimulatedMeter first = members.get(0);
                faults.add(
                    new InjectedFault(
                        FaultType.AREA_OUTAGE,
                        first.tenant(),
                        null,
                        first.areaId(),
                        at,
                        at.plus(length),
                        new TreeMap<>(Map.of("meters", members.size()))));
                for (SimulatedMeter meter : members) {
                  Instant failed = at.plusSeconds(random.nextInt(120));
                  Instant restored = at.plus(length).plusSeconds(random.nextInt(180));
                  faults.add(
                      InjectedFault.of(
                          FaultType.OUTAGE,
                          meter,
                          failed,
                          restored,
                          Map.of("cause", "AREA_OUTAGE")));
                  pool.remove(meter);
                }
              });
    }

    private void electricityFaults() {
      Predicate<SimulatedMeter> electricity = m -> m.commodity() == Commodity.ELECTRICITY;
      Predicate<SimulatedMeter> quarterly = electricity.and(SimulatedMeter::quarterHourly);
      int count = count(Commodity.ELECTRICITY, ELECTRICITY_SHARE);
      for (int i = 0; i < count; i++) {
        take(quarterly)
            .ifPresent(
                m -> {
                  Instant at = randomTime(HOUR, QUARTER);
                  faults.add(
                      InjectedFault.of(
                          FaultType.IMPLAUSIBLE_CONSUMPTION,
                          m,
                          at,
                          at.plus(QUARTER),
                          Map.of("fuseCapacityMultiple", 3.0)));
                });
        if (baselineWarm()) {
          take(electricity)
              .ifPresent(
                  m -> {
                    Instant at = end.minus(Duration.ofHours(10));
                    faults.add(
                        InjectedFault.of(
                            FaultType.BASELINE_DEVIATION,
                            m,
                            at,
                            at.plus(Duration.ofHours(6)),
                            Map.of("extraKw", 3.5)));
                  });
        }
        take(electricity)
            .ifPresent(
                m -> {
                  Instant at = start.plus(Duration.ofHours(settings.days() >= 4 ? 12 : 2));
                  faults.add(
                      InjectedFault.of(
                          FaultType.ZERO_CONSUMPTION, m, at, end, Map.of("consumptionKwh", 0.0)));
                });
        take(electricity.and(m -> !m.device().getHasGeneration()))
            .ifPresent(
                m -> {
                  Instant at = start.plus(Duration.ofHours(Math.min(24, settings.days() * 6L)));
                  faults.add(
                      InjectedFault.of(
                          FaultType.REVERSE_FLOW, m, at, end, Map.of("unregisteredPvPeakKw", 4.0)));
                });
        voltage(quarterly, FaultType.VOLTAGE_SAG, Duration.ofMinutes(90), 0.85);
        voltage(quarterly, FaultType.VOLTAGE_SWELL, Duration.ofMinutes(90), 1.14);
        voltage(quarterly, FaultType.INTERRUPTION, Duration.ofMinutes(45), 0.0);
        take(electricity)
            .ifPresent(
                m -> {
                  Duration length = Duration.ofHours(2);
                  Instant at =
                      randomTime(length, QUARTER).plus(Duration.ofMinutes(1 + random.nextInt(13)));
                  faults.add(
                      InjectedFault.of(
                          FaultType.OUTAGE, m, at, at.plus(length), Map.of("cause", "METER")));
                });
        take(electricity)
            .ifPresent(
                m -> {
                  Duration silence = Duration.ofHours(12);
                  Instant at = randomTime(silence, HOUR);
                  faults.add(
                      InjectedFault.of(
                          FaultType.COMMUNICATION_LOSS,
                          m,
                          at,
                          at.plus(silence),
                          Map.of("silenceHours", 12)));
                });
      }
    }

    /**
     * Whether a baseline deviation 10 h before the end can be judged: the meter's baseline has seen
     * the warm-up days by then.
     */
    private boolean baselineWarm() {
      return !end.minus(Duration.ofHours(10)).isBefore(start.plus(BASELINE_WARM_UP));
    }

    private void voltage(
        Predicate<SimulatedMeter> eligible, FaultType type, Duration length, double share) {
      take(eligible)
          .ifPresent(
              m -> {
                Instant at = randomTime(length, QUARTER);
                faults.add(
                    InjectedFault.of(
                        type, m, at, at.plus(length), Map.of("shareOfNominal", share)));
              });
    }

    private void waterFaults() {
      Predicate<SimulatedMeter> water = m -> m.commodity() == Commodity.WATER;
      int count = count(Commodity.WATER, WATER_SHARE);
      for (int i = 0; i < count; i++) {
        take(water)
            .ifPresent(
                m -> {
                  // Late enough to cover at most two nights, so that the leak raises
                  // CONTINUOUS_FLOW and not NIGHT_FLOW; 24 measured hours and more before the end.
                  Instant at =
                      start.plus(Duration.ofHours(24L * Math.max(0, settings.days() - 3) + 6));
                  Instant until =
                      min(at.plus(Duration.ofHours(40)), end.minus(Duration.ofHours(2)));
                  double flow = 10 + random.nextInt(31);
                  faults.add(
                      InjectedFault.of(
                          FaultType.CONTINUOUS_FLOW,
                          m,
                          at,
                          until,
                          Map.of("leakLitresPerHour", flow, "cause", "running toilet")));
                });
        take(water.and(SimulatedMeter::quarterHourly))
            .ifPresent(
                m -> {
                  Duration length = Duration.ofHours(2 + random.nextInt(2));
                  Instant at = randomTime(length, QUARTER);
                  faults.add(
                      InjectedFault.of(
                          FaultType.BURST,
                          m,
                          at,
                          at.plus(length),
                          Map.of("flowLitresPerHour", 600.0 + 100 * random.nextInt(10))));
                });
        take(water)
            .ifPresent(
                m -> {
                  double drip = 2.5 + 0.5 * random.nextInt(4);
                  faults.add(
                      InjectedFault.of(
                          FaultType.NIGHT_FLOW,
                          m,
                          start,
                          end,
                          Map.of(
                              "leakLitresPerHour",
                              drip,
                              "nights",
                              settings.days(),
                              "cause",
                              "drip")));
                });
        take(water)
            .ifPresent(
                m -> {
                  Duration length = Duration.ofHours(6);
                  Instant at = randomTime(length, HOUR);
                  faults.add(
                      InjectedFault.of(
                          FaultType.METER_CODE, m, at, at.plus(length), Map.of("code", "LEAK")));
                });
      }
    }

    private void dataFaults() {
      int count = Math.max(1, (int) Math.round(settings.meters() * DATA_SHARE));
      // Faults of single readings need a reading at an hour: not on daily meters.
      Predicate<SimulatedMeter> any = m -> m.cadence().compareTo(HOUR) <= 0;
      Predicate<SimulatedMeter> heatHourly =
          m -> m.commodity() == Commodity.HEAT && m.cadence().equals(HOUR);
      Predicate<SimulatedMeter> waterOrHeat = m -> m.commodity() != Commodity.ELECTRICITY;
      for (int i = 0; i < count; i++) {
        readingFault(any, FaultType.DUPLICATE, Map.of("resentAfterMinutes", 15));
        readingFault(
            m -> m.channel() == SourceFormat.HEAD_END_AVRO,
            FaultType.CROSS_SOURCE_DUPLICATE,
            Map.of("alsoVia", SourceFormat.WEB_API_JSON.name()));
        readingFault(
            SimulatedMeter::quarterHourly, FaultType.OUT_OF_ORDER, Map.of("delayMinutes", 30));
        readingFault(heatHourly, FaultType.LATE_READING, Map.of("delayHours", 50));
        readingFault(heatHourly, FaultType.CORRECTION, Map.of("correctedAfterHours", 2));
        readingFault(any, FaultType.CORRUPT_RECORD, Map.of("variant", i));
        take(m -> m.commodity() == Commodity.WATER)
            .ifPresent(
                m ->
                    faults.add(
                        InjectedFault.of(
                            FaultType.ROLLOVER,
                            m,
                            start,
                            end,
                            Map.of("digits", 5, "litresBeforeWrap", 150 + random.nextInt(300)))));
        take(waterOrHeat)
            .ifPresent(
                m -> {
                  Instant at =
                      randomTime(HOUR, m.cadence().compareTo(HOUR) > 0 ? HOUR : m.cadence());
                  faults.add(InjectedFault.of(FaultType.METER_REPLACEMENT, m, at, at, Map.of()));
                });
      }
    }

    /** A fault on one reading of the meter's index register: start and end are its time. */
    private void readingFault(
        Predicate<SimulatedMeter> eligible, FaultType type, Map<String, ?> parameters) {
      take(eligible)
          .ifPresent(
              m -> {
                Instant at = randomTime(HOUR, m.cadence());
                faults.add(InjectedFault.of(type, m, at, at, parameters));
              });
    }

    /** The end of summer or winter time in each zone whose meters send local times (CSV). */
    private void dstChanges() {
      Map<String, ZoneId> zones = new TreeMap<>();
      allCsv.forEach(m -> zones.put(m.tenant(), m.zone()));
      zones.forEach(
          (tenant, zone) -> {
            ZoneOffsetTransition transition = zone.getRules().nextTransition(start.minusMillis(1));
            if (transition != null && transition.getInstant().isBefore(end)) {
              Map<String, Object> parameters = new LinkedHashMap<>();
              parameters.put("zone", zone.getId());
              parameters.put("offsetBefore", transition.getOffsetBefore().getId());
              parameters.put("offsetAfter", transition.getOffsetAfter().getId());
              parameters.put("localTimesFrom", SourceFormat.CSV_FILE.name());
              faults.add(
                  new InjectedFault(
                      FaultType.DST_CHANGE,
                      tenant,
                      null,
                      null,
                      transition.getInstant(),
                      transition.getInstant(),
                      new TreeMap<>(parameters)));
            }
          });
    }

    private int count(Commodity commodity, double share) {
      long meters = pool.stream().filter(m -> m.commodity() == commodity).count();
      return meters == 0 ? 0 : Math.max(1, (int) Math.round(meters * share));
    }

    private Optional<SimulatedMeter> take(Predicate<SimulatedMeter> eligible) {
      for (int i = 0; i < pool.size(); i++) {
        if (eligible.test(pool.get(i))) {
          return Optional.of(pool.remove(i));
        }
      }
      return Optional.empty();
    }

    /**
     * A start aligned to the grid such that the fault lies between 6 h after the start and 6 h
     * before the end of the simulation (or in its middle when it is shorter).
     */
    private Instant randomTime(Duration length, Duration grid) {
      Instant earliest = start.plus(Duration.ofHours(6));
      long room =
          Duration.between(earliest, end.minus(Duration.ofHours(6)).minus(length)).toMillis();
      long slots = Math.max(1, room / grid.toMillis());
      Instant at =
          room <= 0
              ? start.plus(Duration.between(start, end).minus(length).dividedBy(2))
              : earliest.plus(grid.multipliedBy(random.nextLong(slots)));
      return Instant.ofEpochMilli(at.toEpochMilli() - at.toEpochMilli() % grid.toMillis());
    }

    private static Instant min(Instant a, Instant b) {
      return a.isBefore(b) ? a : b;
    }
  }
}
