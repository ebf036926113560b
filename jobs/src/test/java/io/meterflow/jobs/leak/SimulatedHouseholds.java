package io.meterflow.jobs.leak;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.ids.StableIds;
import io.meterflow.contracts.testing.ContractFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Households with water meters, hour by hour: a daily pattern of use (showers in the morning,
 * cooking and washing in the evening, the meter at standstill at night) scaled per household and
 * varying from day to day, with leaks injected as extra flow over a span of hours.
 */
final class SimulatedHouseholds {

  /** Use (m3) in each hour of the day (UTC), before the household's scale. */
  private static final double[] USE_BY_HOUR = {
    0, 0, 0, 0, 0, 0, 0.030, 0.045, 0.015, 0.004, 0.004, 0.004, 0.012, 0.003, 0.003, 0.003, 0.003,
    0.003, 0.020, 0.035, 0.010, 0.006, 0.002, 0
  };

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);
  private static final double FIRST_INDEX_M3 = 120;

  /** Extra flow (m3/h) on the hours from {@code from} (inclusive) to {@code until} (exclusive). */
  record Leak(Instant from, Instant until, double m3PerHour) {

    double flowAt(Instant hour) {
      return !hour.isBefore(from) && hour.isBefore(until) ? m3PerHour : 0;
    }
  }

  /**
   * A household: its water meter, the meter's zone, how much it uses compared with the pattern, and
   * its leaks.
   */
  record Household(String meterId, String zone, double scale, List<Leak> leaks) {

    Household(String meterId, String zone, double scale, Leak... leaks) {
      this(meterId, zone, scale, List.of(leaks));
    }

    /** The water through the meter in the hour starting then (m3). */
    double volumeAt(Instant hour) {
      int hourOfDay = hour.atZone(ZoneOffset.UTC).getHour();
      long day = Duration.between(Instant.EPOCH, hour).toDays();
      // Some days the family uses a tenth or a fifth more: a washing machine, guests.
      double dayFactor = 1 + 0.1 * (day % 3);
      double volume = USE_BY_HOUR[hourOfDay] * scale * dayFactor;
      for (Leak leak : leaks) {
        volume += leak.flowAt(hour);
      }
      return volume;
    }

    /** A household meter (Q3 2.5 m3/h) in the household's zone, issued before the data. */
    DeviceInfo device(Instant issued) {
      return ContractFixtures.waterMeter()
          .setMeterId(meterId)
          .setTimezone(zone)
          .setUpdatedTime(issued)
          .build();
    }

    /** The measured hourly interval starting then. */
    IntervalConsumption hourlyInterval(Instant hour) {
      return ContractFixtures.hourlyWater(hour, volumeAt(hour)).setMeterId(meterId).build();
    }

    /**
     * The meter's daily index reads at midnight UTC, from {@code from} for {@code days} days, those
     * on the given days carrying the meter's own LEAK code.
     */
    List<MeterReading> dailyIndexReads(Instant from, int days, Set<Integer> leakCodeDays) {
      List<MeterReading> reads = new ArrayList<>();
      double index = FIRST_INDEX_M3;
      for (int day = 0; day < days; day++) {
        Instant time = from.plus(DAY.multipliedBy(day));
        reads.add(
            ContractFixtures.waterIndex(time, index)
                .setMeterId(meterId)
                .setReadingId(
                    StableIds.readingId(
                        ContractFixtures.TENANT, meterId, Register.WATER_VOLUME, time))
                .setFlags(leakCodeDays.contains(day) ? List.of(ReadingFlag.LEAK) : List.of())
                .build());
        for (int hour = 0; hour < 24; hour++) {
          index += volumeAt(time.plus(HOUR.multipliedBy(hour)));
        }
      }
      return reads;
    }
  }

  private SimulatedHouseholds() {}

  /** Every household's hourly intervals from {@code from}, in event-time order. */
  static List<IntervalConsumption> hourlyIntervals(
      List<Household> households, Instant from, int hours) {
    List<IntervalConsumption> intervals = new ArrayList<>();
    for (int hour = 0; hour < hours; hour++) {
      Instant start = from.plus(HOUR.multipliedBy(hour));
      households.forEach(household -> intervals.add(household.hourlyInterval(start)));
    }
    return intervals;
  }
}
