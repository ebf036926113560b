package io.meterflow.jobs.power;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.ids.StableIds;
import io.meterflow.contracts.testing.ContractFixtures;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A fleet of simulated electricity meters: hourly import and export intervals, phase voltages every
 * ten minutes and power events, with anomalies injected as spans where a profile gives other
 * values. Records come out in event-time order, as a head-end delivers them.
 */
final class SimulatedElectricityMeters {

  static final Duration HOUR = Duration.ofHours(1);
  static final Duration VOLTAGE_CADENCE = Duration.ofMinutes(10);

  /** A value over time: kWh of the hour starting then, or volts measured then. */
  @FunctionalInterface
  interface Profile {

    double at(Instant time);

    /** This profile, but {@code value} from {@code from} (inclusive) to {@code until}. */
    default Profile with(Instant from, Instant until, double value) {
      return time -> !time.isBefore(from) && time.isBefore(until) ? value : at(time);
    }
  }

  /**
   * A household's hourly load (kWh), the same every week: a night base, a morning and an evening
   * peak, more at weekends. Values a float holds exactly, so the learned baseline is exact too.
   */
  static final Profile HOUSEHOLD_LOAD =
      hour -> {
        ZonedDateTime utc = hour.atZone(ZoneOffset.UTC);
        int h = utc.getHour();
        double load;
        if (h < 6) {
          load = 0.25;
        } else if (h < 9) {
          load = 0.75;
        } else if (h < 17) {
          load = 0.5;
        } else if (h < 22) {
          load = 1.25;
        } else {
          load = 0.5;
        }
        boolean weekend = utc.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
        return weekend && h >= 9 && h < 17 ? load + 0.25 : load;
      };

  /** Rooftop PV export (kWh): a midday bell, nothing at night. */
  static final Profile PV_EXPORT =
      hour -> {
        int h = hour.atZone(ZoneOffset.UTC).getHour();
        return h >= 9 && h < 16 ? 1.5 - Math.abs(12 - h) * 0.25 : 0;
      };

  /** A sound supply: a little above the 230 V nominal, varying through the day. */
  static final Profile SOUND_VOLTAGE =
      time -> 231 + (time.atZone(ZoneOffset.UTC).getMinute() / 10) * 0.5;

  private final List<DeviceInfo> devices = new ArrayList<>();
  private final List<IntervalConsumption> intervals = new ArrayList<>();
  private final List<MeterReading> readings = new ArrayList<>();

  /** A three-phase household meter (25 A fuse, 230 V) in the area, issued before the data. */
  SimulatedElectricityMeters meter(
      String meterId, String areaId, boolean hasGeneration, Instant issued) {
    devices.add(
        ContractFixtures.electricityMeter()
            .setMeterId(meterId)
            .setAreaId(areaId)
            .setTimezone("UTC")
            .setHasGeneration(hasGeneration)
            .setUpdatedTime(issued)
            .build());
    return this;
  }

  /**
   * Hourly intervals of the register from {@code from} to {@code until}, with the profile's kWh.
   */
  SimulatedElectricityMeters hourly(
      String meterId, Register register, Instant from, Instant until, Profile kwh) {
    for (Instant hour = from; hour.isBefore(until); hour = hour.plus(HOUR)) {
      intervals.add(
          ContractFixtures.interval(register, hour, HOUR, kwh.at(hour))
              .setMeterId(meterId)
              .build());
    }
    return this;
  }

  /**
   * Phase L1 voltages every ten minutes from {@code from} to {@code until}, at the times the meter
   * reports.
   */
  SimulatedElectricityMeters voltages(
      String meterId, Instant from, Instant until, Profile volts, Predicate<Instant> reports) {
    for (Instant time = from; time.isBefore(until); time = time.plus(VOLTAGE_CADENCE)) {
      if (reports.test(time)) {
        readings.add(reading(meterId, Register.VOLTAGE_L1, time, volts.at(time)).build());
      }
    }
    return this;
  }

  /** A meter event (POWER_FAIL, POWER_RESTORED) at the time. */
  SimulatedElectricityMeters event(String meterId, Instant time, ReadingFlag flag) {
    readings.add(
        reading(meterId, Register.METER_EVENT, time, 1)
            .setKind(ReadingKind.EVENT)
            .setFlags(List.of(flag))
            .build());
    return this;
  }

  List<DeviceInfo> devices() {
    return List.copyOf(devices);
  }

  /** The intervals in event-time order. */
  List<IntervalConsumption> intervals() {
    List<IntervalConsumption> ordered = new ArrayList<>(intervals);
    ordered.sort(Comparator.comparing(IntervalConsumption::getIntervalEnd));
    return ordered;
  }

  /** The readings in event-time order. */
  List<MeterReading> readings() {
    List<MeterReading> ordered = new ArrayList<>(readings);
    ordered.sort(Comparator.comparing(MeterReading::getReadingTime));
    return ordered;
  }

  private static MeterReading.Builder reading(
      String meterId, Register register, Instant time, double value) {
    return ContractFixtures.reading(register, time, value)
        .setMeterId(meterId)
        .setReadingId(StableIds.readingId(ContractFixtures.TENANT, meterId, register, time));
  }
}
