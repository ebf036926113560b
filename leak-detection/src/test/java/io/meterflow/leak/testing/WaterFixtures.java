package io.meterflow.leak.testing;

import static io.meterflow.contracts.testing.ContractFixtures.BEGINNING;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.testing.ContractFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Water intervals for leak scenarios. Volumes are powers of two so that the sums the rules make are
 * exact and tests can state them exactly.
 */
public final class WaterFixtures {

  /** A running toilet: 15.6 L/h, MINOR (below the 20 L/h of MAJOR). */
  public static final double TOILET_M3_PER_H = 0.015625;

  /** A dripping tap: 7.8 L/h. */
  public static final double DRIP_M3_PER_H = 0.0078125;

  /** A burst pipe: 1 m3/h, CRITICAL, well above 10 % of Q3 = 2.5 m3/h. */
  public static final double BURST_M3_PER_H = 1.0;

  /** A meter at standstill. */
  public static final double STANDSTILL = 0.0;

  private WaterFixtures() {}

  /** BEGINNING plus hours. */
  public static Instant hour(int hours) {
    return BEGINNING.plus(Duration.ofHours(hours));
  }

  /** A measured hourly interval. */
  public static IntervalConsumption hourly(Instant start, double m3) {
    return ContractFixtures.hourlyWater(start, m3).build();
  }

  /** Measured hourly intervals from start, each of m3. */
  public static List<IntervalConsumption> hourly(Instant start, int count, double m3) {
    List<IntervalConsumption> hours = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      hours.add(hourly(start.plus(Duration.ofHours(i)), m3));
    }
    return hours;
  }

  /** Hourly intervals of the given quality from start, each of m3. */
  public static List<IntervalConsumption> hourly(
      Instant start, int count, double m3, IntervalQuality quality) {
    return hourly(start, count, m3).stream()
        .map(interval -> IntervalConsumption.newBuilder(interval).setQuality(quality).build())
        .toList();
  }

  /** A measured 15-minute interval holding the flow for a quarter of an hour. */
  public static IntervalConsumption quarterHourly(Instant start, double m3PerH) {
    return ContractFixtures.interval(
            Register.WATER_VOLUME, start, Duration.ofMinutes(15), m3PerH / 4)
        .build();
  }

  /** Measured 15-minute intervals from start, each at the flow. */
  public static List<IntervalConsumption> quarterHourly(Instant start, int count, double m3PerH) {
    List<IntervalConsumption> quarters = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      quarters.add(quarterHourly(start.plus(Duration.ofMinutes(15L * i)), m3PerH));
    }
    return quarters;
  }

  /** The same interval, restated with a new consumption and version. */
  public static IntervalConsumption restated(IntervalConsumption interval, double m3, int version) {
    return IntervalConsumption.newBuilder(interval).setConsumption(m3).setVersion(version).build();
  }
}
