package io.meterflow.jobs.simulate;

import java.util.SplittableRandom;

/**
 * A household's water draws: at most one draw per quarter hour (a flush, a shower, a washing
 * machine fill) of 3 to 45 L, likely in the morning and the evening, rare at night, so that every
 * night has hours at standstill. A quarter hour never draws more than 45 L (180 L/h), below the
 * burst threshold of any household meter (10 % of Q3 = 250 L/h).
 *
 * @param activity how busy the household is, relative to an average one
 */
record WaterUse(double activity) {

  static final double MAX_DRAW_LITRES = 45;

  /** Probability of a draw in a quarter hour, by local hour. */
  private static final double[] DRAW_PROBABILITY = {
    0.01, 0.005, 0.005, 0.005, 0.005, 0.02, 0.15, 0.35, 0.3, 0.15, 0.1, 0.1, 0.12, 0.1, 0.08, 0.08,
    0.1, 0.12, 0.22, 0.28, 0.3, 0.22, 0.12, 0.04
  };

  static WaterUse draw(SplittableRandom random) {
    return new WaterUse(0.6 + 0.7 * random.nextDouble());
  }

  /** Litres drawn in the quarter hour starting at the local hour. */
  double litres(int localHour, SplittableRandom random) {
    if (random.nextDouble() >= Math.min(0.9, DRAW_PROBABILITY[localHour] * activity)) {
      return 0;
    }
    return 3 + (MAX_DRAW_LITRES - 3) * random.nextDouble();
  }
}
