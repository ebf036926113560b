package io.meterflow.jobs.simulate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What to simulate.
 *
 * @param meters meters in the fleet
 * @param days simulated days
 * @param seed the seed: the same settings give the same output, byte for byte
 * @param startDate the first day, from 00:00 UTC
 */
public record SimulationSettings(int meters, int days, long seed, LocalDate startDate) {

  /** Five days around the end of summer time in Europe (27 Oct 2024), so DST is exercised. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2024, 10, 24);

  public static final long DEFAULT_SEED = 42;

  /** The time step of the simulation: the finest cadence of any meter. */
  static final Duration STEP = Duration.ofMinutes(15);

  public SimulationSettings {
    if (meters < 1) {
      throw new IllegalArgumentException("--meters must be at least 1, was " + meters);
    }
    if (days < 1) {
      throw new IllegalArgumentException("--days must be at least 1, was " + days);
    }
  }

  /** The first simulated instant: the start date at 00:00 UTC. */
  public Instant start() {
    return startDate.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The end of the simulated days. */
  public Instant end() {
    return start().plus(Duration.ofDays(days));
  }
}
