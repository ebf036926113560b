package io.meterflow.normalizer.mapping;

import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.registers.RegisterSpec;
import io.meterflow.normalizer.reject.RejectedInput;
import java.util.Locale;
import java.util.Map;

/** Reading kinds as senders name them, and which kinds a register can have. */
public final class ReadingKinds {

  private static final Map<String, ReadingKind> ALIASES =
      Map.of("index", ReadingKind.CUMULATIVE, "delta", ReadingKind.INTERVAL);

  private ReadingKinds() {}

  /** cumulative, interval, instant or event, in any case; index and delta are accepted too. */
  public static ReadingKind parse(String field, String readingType) throws RejectedInput {
    String name = readingType.trim().toLowerCase(Locale.ROOT);
    ReadingKind alias = ALIASES.get(name);
    if (alias != null) {
      return alias;
    }
    for (ReadingKind kind : ReadingKind.values()) {
      if (kind.name().toLowerCase(Locale.ROOT).equals(name)) {
        return kind;
      }
    }
    throw RejectedInput.invalid(
        field, readingType, "expected cumulative, interval, instant or event.");
  }

  /**
   * Indexes and deltas are energies and volumes; events belong to the event register only; all
   * other registers (power, voltage, flow, temperature) carry instant values.
   */
  public static boolean fits(ReadingKind kind, Register register) {
    CanonicalUnit unit = RegisterSpec.of(register).unit();
    return switch (kind) {
      case CUMULATIVE, INTERVAL -> unit == CanonicalUnit.KWH || unit == CanonicalUnit.M3;
      case EVENT -> register == Register.METER_EVENT;
      case INSTANT ->
          unit != CanonicalUnit.KWH && unit != CanonicalUnit.M3 && register != Register.METER_EVENT;
    };
  }
}
