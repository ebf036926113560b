package io.meterflow.jobs.simulate;

import java.util.SplittableRandom;

/**
 * The phase voltage of a healthy low-voltage network: around 230 V, a little lower in the evening
 * peak, with measurement noise, kept within 220-240 V: far inside EN 50160's 90-110 %.
 */
final class PhaseVoltage {

  static final double NOMINAL = FleetModel.NOMINAL_VOLTAGE;

  private PhaseVoltage() {}

  /** A healthy reading at the local hour, rounded to 0.1 V as meters report it. */
  static double healthy(int localHour, SplittableRandom random) {
    double eveningDrop = localHour >= 18 && localHour <= 21 ? -3 : 0;
    double volts = NOMINAL + 1.5 + eveningDrop + 2.5 * random.nextGaussian();
    return tenths(Math.max(220, Math.min(240, volts)));
  }

  /** A reading at a share of nominal (a sag, a swell, an interruption), with a little noise. */
  static double disturbed(double shareOfNominal, SplittableRandom random) {
    return tenths(Math.max(0, NOMINAL * shareOfNominal + 1.0 * random.nextGaussian()));
  }

  private static double tenths(double volts) {
    return Math.round(volts * 10) / 10.0;
  }
}
