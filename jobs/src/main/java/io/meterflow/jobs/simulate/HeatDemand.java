package io.meterflow.jobs.simulate;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * District heat of a dwelling: space heating in proportion to the degrees below 18 °C outside, with
 * a seasonal outdoor temperature (coldest mid-January) and a daily swing, plus hot water.
 *
 * @param lossKwPerKelvin the dwelling's heat loss
 */
record HeatDemand(double lossKwPerKelvin) {

  static final double BALANCE_TEMPERATURE = 18;

  static HeatDemand draw(SplittableRandom random) {
    return new HeatDemand(0.12 + 0.2 * random.nextDouble());
  }

  /** Outdoor temperature (°C) at the local time: 2 °C in mid-January, 22 °C in mid-July. */
  static double outdoorTemperature(LocalDateTime local) {
    double season = -10 * Math.cos(2 * Math.PI * (local.getDayOfYear() - 15) / 365.0);
    double day = -3 * Math.cos(2 * Math.PI * (local.getHour() - 3) / 24.0);
    return 12 + season + day;
  }

  /** Mean heat demand (kW) of the quarter hour starting at the local time. */
  double kilowatts(LocalDateTime local, SplittableRandom random) {
    double heating = lossKwPerKelvin * Math.max(0, BALANCE_TEMPERATURE - outdoorTemperature(local));
    double hotWater = random.nextDouble() < 0.08 ? 4 * random.nextDouble() : 0.05;
    return heating * (1 + 0.1 * random.nextGaussian()) + hotWater;
  }
}
