package io.meterflow.normalizer.mapping;

import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.registers.RegisterSpec;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.reject.Quoted;
import io.meterflow.normalizer.reject.RejectedInput;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a parsed reading into canonical register, kind, unit and value: the tenant's mapping first,
 * then the built-in table; the unit converted to the register's canonical unit; the value checked
 * against what a meter can report.
 */
public final class RegisterResolution implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What a meter event carries: one occurrence. */
  private static final double EVENT_VALUE = 1;

  private final double maxValue;

  /**
   * @param maxValue the largest magnitude accepted in a canonical unit; larger values are
   *     VALUE_OUT_OF_RANGE (garbage, or a sentinel such as 99999999999)
   */
  public RegisterResolution(double maxValue) {
    if (!(maxValue > 0) || Double.isInfinite(maxValue)) {
      throw new IllegalArgumentException("The largest plausible value must be positive and finite");
    }
    this.maxValue = maxValue;
  }

  /**
   * @param tenantRegisters the tenant's current mapping, or null when it has none
   * @param statusFlags the reading's known status codes as flags
   */
  public ResolvedReading resolve(
      ParsedReading parsed, TenantRegisters tenantRegisters, Set<ReadingFlag> statusFlags)
      throws RejectedInput {
    RegisterMapping mapping = mapping(parsed.registerCode(), parsed.tenant(), tenantRegisters);
    Register register = mapping.register();
    ReadingKind kind =
        parsed.readingType() == null
            ? mapping.kind()
            : ReadingKinds.parse("readingType", parsed.readingType());
    if (!ReadingKinds.fits(kind, register)) {
      throw new RejectedInput(
          RejectReason.INVALID_FIELD,
          "A "
              + register
              + " reading cannot be of kind "
              + kind
              + " (register code "
              + Quoted.of(parsed.registerCode())
              + (parsed.readingType() == null ? ", kind from the register mapping)." : ")."));
    }
    if (register == Register.METER_EVENT) {
      return event(parsed, statusFlags);
    }
    if (parsed.value() == null) {
      throw RejectedInput.missing("value");
    }
    if (parsed.unit() == null) {
      throw RejectedInput.missing("unit");
    }
    CanonicalUnit unit = RegisterSpec.of(register).unit();
    UnitConversion conversion = conversion(parsed.unit(), register, unit);
    double value = conversion.apply(parsed.value());
    checkRange(value, parsed, register, kind);
    return resolved(parsed, register, kind, value, unit, statusFlags);
  }

  private static RegisterMapping mapping(
      String code, String tenant, TenantRegisters tenantRegisters) throws RejectedInput {
    Optional<RegisterMapping> mapping =
        tenantRegisters == null ? Optional.empty() : tenantRegisters.find(code);
    return mapping
        .or(() -> BuiltInRegisters.find(code))
        .orElseThrow(
            () ->
                new RejectedInput(
                    RejectReason.UNKNOWN_REGISTER,
                    "Register code "
                        + Quoted.of(code)
                        + " is neither a built-in OBIS code or name nor in the register mapping of"
                        + " tenant "
                        + Quoted.of(tenant)
                        + (tenantRegisters == null
                            ? " (it has none)."
                            : " (version " + tenantRegisters.version() + ").")));
  }

  private static UnitConversion conversion(String sent, Register register, CanonicalUnit unit)
      throws RejectedInput {
    UnitConversion conversion =
        Units.find(sent)
            .orElseThrow(
                () ->
                    new RejectedInput(
                        RejectReason.UNKNOWN_UNIT,
                        "Unit "
                            + Quoted.of(sent)
                            + " is not known; known units (any case): "
                            + Units.known()
                            + "."));
    if (conversion.unit() != unit) {
      throw RejectedInput.invalid(
          "unit",
          sent,
          "it is a unit of "
              + conversion.unit()
              + " but register "
              + register
              + " is measured in "
              + unit
              + ".");
    }
    return conversion;
  }

  private void checkRange(double value, ParsedReading parsed, Register register, ReadingKind kind)
      throws RejectedInput {
    String why = null;
    if (!(Math.abs(value) <= maxValue)) {
      why = "its magnitude is above the plausible maximum of " + maxValue;
    } else if (value < 0 && kind == ReadingKind.CUMULATIVE) {
      why = "a cumulative index cannot be negative";
    } else if (value < 0 && RegisterSpec.of(register).unit() == CanonicalUnit.V) {
      why = "an RMS voltage cannot be negative";
    }
    if (why != null) {
      throw new RejectedInput(
          RejectReason.VALUE_OUT_OF_RANGE,
          "Value "
              + parsed.value()
              + " "
              + parsed.unit()
              + " ("
              + value
              + " "
              + RegisterSpec.of(register).unit()
              + ") of "
              + register
              + " is out of range: "
              + why
              + ".");
    }
  }

  /**
   * A meter event is the occurrence of its status codes: value 1, unit COUNT. A unit, if sent, must
   * say so; an event without a known code would say nothing and is refused.
   */
  private static ResolvedReading event(ParsedReading parsed, Set<ReadingFlag> statusFlags)
      throws RejectedInput {
    if (parsed.unit() != null && !parsed.unit().trim().toLowerCase(Locale.ROOT).equals("count")) {
      throw RejectedInput.invalid(
          "unit", parsed.unit(), "a meter event has no unit, or the unit 'count'.");
    }
    if (statusFlags.isEmpty()) {
      throw new RejectedInput(
          RejectReason.MISSING_FIELD,
          "A meter event needs at least one known status code; it has "
              + Arrays.toString(parsed.statusCodes())
              + ".");
    }
    return resolved(
        parsed,
        Register.METER_EVENT,
        ReadingKind.EVENT,
        EVENT_VALUE,
        CanonicalUnit.COUNT,
        statusFlags);
  }

  private static ResolvedReading resolved(
      ParsedReading parsed,
      Register register,
      ReadingKind kind,
      double value,
      CanonicalUnit unit,
      Set<ReadingFlag> statusFlags) {
    return new ResolvedReading(
        parsed.source(),
        parsed.tenant(),
        parsed.meterId(),
        register,
        kind,
        value,
        unit,
        parsed.timestamp(),
        parsed.timezone(),
        statusFlags.toArray(ReadingFlag[]::new),
        parsed.sourceSystem());
  }
}
