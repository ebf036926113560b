package io.meterflow.periodize.series;

import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.registers.RegisterSpec;

/** The parts of a series key (RecordKeys.series): timers know only the key, not a reading. */
public record SeriesKey(String tenant, String meterId, Register register) {

  /** Parses tenant|meter|REGISTER; the normalizer keeps the separator out of identifiers. */
  public static SeriesKey parse(String key) {
    int first = key.indexOf(RecordKeys.SEPARATOR);
    int last = key.lastIndexOf(RecordKeys.SEPARATOR);
    return new SeriesKey(
        key.substring(0, first),
        key.substring(first + 1, last),
        Register.valueOf(key.substring(last + 1)));
  }

  public CanonicalUnit unit() {
    return RegisterSpec.of(register).unit();
  }
}
