package io.meterflow.jobs.simulate;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Rooftop PV: a bell over the daylight hours, shorter days in winter, a cloudiness per day.
 *
 * @param peakKw output at a clear noon
 */
record SolarGeneration(double peakKw) {

  static SolarGeneration draw(SplittableRandom random) {
    return new SolarGeneration(3 + 3 * random.nextDouble());
  }

  /**
   * The mean output (kW) of the quarter hour starting at the local time.
   *
   * @param clearness the day's share of clear-sky output, 0.2 to 1
   */
  double kilowatts(LocalDateTime local, double clearness) {
    double hour = local.getHour() + local.getMinute() / 60.0 + 0.125;
    double dayOfYear = local.getDayOfYear();
    double halfDay = 6 + 2.5 * Math.cos(2 * Math.PI * (dayOfYear - 172) / 365.0);
    double fromNoon = Math.abs(hour - 13.5);
    if (fromNoon >= halfDay) {
      return 0;
    }
    return peakKw * clearness * Math.pow(Math.cos(Math.PI / 2 * fromNoon / halfDay), 1.5);
  }

  static double clearness(SplittableRandom random) {
    return 0.2 + 0.8 * random.nextDouble();
  }
}
