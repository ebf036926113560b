package io.meterflow.jobs.simulate;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * The electricity demand of a household: a standby base load, a morning and a larger evening peak,
 * a midday bump on weekends, multiplicative noise and now and then a short appliance run (a kettle,
 * an oven). Typical yearly use 2,500-4,500 kWh; quarter-hour means stay below 5 kW, well within any
 * main fuse.
 *
 * @param baseKw standby load (fridge, routers)
 * @param scale size of the household relative to an average one
 */
record HouseholdLoad(double baseKw, double scale) {

  static HouseholdLoad draw(SplittableRandom random) {
    return new HouseholdLoad(0.08 + 0.12 * random.nextDouble(), 0.6 + 0.8 * random.nextDouble());
  }

  /** The mean power (kW) of the quarter hour starting at the local time. */
  double kilowatts(LocalDateTime local, SplittableRandom random) {
    double hour = local.getHour() + local.getMinute() / 60.0;
    boolean weekend =
        local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
    double shape =
        bump(hour, weekend ? 9.0 : 7.5, 1.2, 0.55)
            + bump(hour, 19.5, 2.0, 1.1)
            + bump(hour, 13.0, 2.5, weekend ? 0.6 : 0.2);
    double noise = Math.max(0.3, 1 + 0.25 * random.nextGaussian());
    double appliance = random.nextDouble() < 0.03 ? 1.5 + random.nextDouble() : 0;
    return baseKw + scale * shape * noise + appliance;
  }

  private static double bump(double hour, double centre, double width, double height) {
    double distance = (hour - centre) / width;
    return height * Math.exp(-0.5 * distance * distance);
  }
}
