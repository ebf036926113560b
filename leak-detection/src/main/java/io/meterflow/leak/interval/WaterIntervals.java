package io.meterflow.leak.interval;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.Register;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The intervals leak detection works on: water volume at 15-minute or hourly resolution. */
public final class WaterIntervals {

  public static final Duration QUARTER_HOUR = Duration.ofMinutes(15);
  public static final Duration HOUR = Duration.ofHours(1);

  private WaterIntervals() {}

  /** True for a WATER_VOLUME interval of PT15M or PT1H whose span matches its resolution. */
  public static boolean isLeakInput(IntervalConsumption interval) {
    if (interval.getRegister() != Register.WATER_VOLUME) {
      return false;
    }
    Optional<Duration> resolution = resolution(interval);
    return resolution.isPresent()
        && (resolution.get().equals(QUARTER_HOUR) || resolution.get().equals(HOUR))
        && Duration.between(interval.getIntervalStart(), interval.getIntervalEnd())
            .equals(resolution.get());
  }

  /** The interval's resolution, or empty when it is not an ISO-8601 duration. */
  public static Optional<Duration> resolution(IntervalConsumption interval) {
    try {
      return Optional.of(Duration.parse(interval.getResolution()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
