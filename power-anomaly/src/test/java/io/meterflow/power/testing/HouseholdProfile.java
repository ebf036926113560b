package io.meterflow.power.testing;

import static io.meterflow.power.testing.PowerFixtures.hour;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.testing.ContractFixtures;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * A household's clean hourly load in the fixtures' meter's local time, shaped like the simulator's:
 * a morning peak, a midday bump and an evening peak, the morning peak later and the midday bump
 * larger on weekends. Each hour varies from day to day by {@link #SCATTER} in a cycle of three days
 * (below, above, on the profile), so that three days of an hour average exactly to the profile.
 * Every value is a multiple of 1/64 kWh, exact in floats, so that evidence is exact.
 */
public final class HouseholdProfile {

  /** Day-to-day variation of each hour (kWh). */
  public static final double SCATTER = 0.0625;

  /** kWh of each local hour of a weekday, 00:00 to 23:00. */
  public static final double[] WEEKDAY = {
    0.125, 0.125, 0.125, 0.125, 0.1875, 0.375, 0.6875, 0.9375, 0.75, 0.4375, 0.375, 0.375, 0.4375,
    0.4375, 0.4375, 0.5, 0.75, 1.125, 1.5625, 1.6875, 1.5, 1.0625, 0.625, 0.375
  };

  /** kWh of each local hour of a Saturday or Sunday. */
  public static final double[] WEEKEND = {
    0.125, 0.125, 0.125, 0.125, 0.125, 0.1875, 0.25, 0.5625, 1.0, 1.1875, 1.0, 0.9375, 1.0, 1.0,
    0.9375, 0.875, 0.9375, 1.25, 1.5625, 1.6875, 1.5, 1.0625, 0.625, 0.375
  };

  private static final ZoneId ZONE = ZoneId.of(ContractFixtures.ZONE);
  private static final LocalDate FIRST_DAY = hour(0).atZone(ZONE).toLocalDate();

  private HouseholdProfile() {}

  /** The load of the hour starting at {@code hour(h)}. */
  public static double kwh(int h) {
    ZonedDateTime local = hour(h).atZone(ZONE);
    DayOfWeek day = local.getDayOfWeek();
    boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    long dayIndex = ChronoUnit.DAYS.between(FIRST_DAY, local.toLocalDate());
    double scatter = dayIndex % 3 == 0 ? -SCATTER : dayIndex % 3 == 1 ? SCATTER : 0;
    return (weekend ? WEEKEND : WEEKDAY)[local.getHour()] + scatter;
  }

  /**
   * Measured hourly intervals of the household from hour {@code from} (inclusive) to {@code to}
   * (exclusive), each with {@code extra} kWh added.
   */
  public static List<IntervalConsumption> hours(int from, int to, IntToDoubleFunction extra) {
    List<IntervalConsumption> hours = new ArrayList<>();
    for (int h = from; h < to; h++) {
      hours.add(PowerFixtures.hourly(hour(h), kwh(h) + extra.applyAsDouble(h)));
    }
    return hours;
  }
}
