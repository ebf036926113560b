package io.meterflow.power.consumption;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.Register;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The intervals the consumption rules work on: electricity import and export energy at a resolution
 * of at most an hour (PT15M, PT1H). Daily intervals are too coarse for any rule.
 */
public final class ElectricityIntervals {

  private static final Duration LONGEST = Duration.ofHours(1);

  private ElectricityIntervals() {}

  /** True for the intervals the rules use. */
  public static boolean isRuleInput(IntervalConsumption interval) {
    Register register = interval.getRegister();
    return (register == Register.ELECTRICITY_IMPORT_ENERGY
            || register == Register.ELECTRICITY_EXPORT_ENERGY)
        && resolution(interval).isPresent();
  }

  /** The interval's resolution, when it is one the rules use. */
  public static Optional<Duration> resolution(IntervalConsumption interval) {
    try {
      Duration resolution = Duration.parse(interval.getResolution());
      return resolution.isNegative() || resolution.isZero() || resolution.compareTo(LONGEST) > 0
          ? Optional.empty()
          : Optional.of(resolution);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
