package io.meterflow.normalizer.testing;

import io.meterflow.normalizer.mapping.RegisterResolution;
import io.meterflow.normalizer.mapping.ResolvedReading;
import io.meterflow.normalizer.mapping.StatusCodes;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.reject.RejectedInput;

/** Resolved readings made the way the normalizer makes them, from parsed readings. */
public final class ResolvedReadings {

  private static final RegisterResolution BUILT_IN_TABLE = new RegisterResolution(1.0e9);

  private ResolvedReadings() {}

  /** The parsed reading resolved with the built-in table; fails the test if it is rejected. */
  public static ResolvedReading resolved(ParsedReadingBuilder parsed) {
    ParsedReading reading = parsed.build();
    try {
      return BUILT_IN_TABLE.resolve(reading, null, StatusCodes.map(reading.statusCodes()).flags());
    } catch (RejectedInput e) {
      throw new AssertionError("The test's reading is rejected: " + e.detail(), e);
    }
  }
}
