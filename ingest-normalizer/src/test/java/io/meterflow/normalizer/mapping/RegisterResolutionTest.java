package io.meterflow.normalizer.mapping;

import static io.meterflow.normalizer.testing.ParsedReadingBuilder.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.RegisterMappingEntry;
import io.meterflow.contracts.RegisterMappingUpdate;
import io.meterflow.contracts.RejectReason;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.testing.NormalizerFixtures;
import io.meterflow.normalizer.testing.Rejection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegisterResolutionTest {

  private static final double MAX_VALUE = 1.0e9;

  private final RegisterResolution resolution = new RegisterResolution(MAX_VALUE);

  @Test
  void shouldResolveABuiltInRegisterAndConvertItsUnit() throws RejectedInput {
    ParsedReading parsed = parsed().register("1-0:1.8.0*255").value(1500.0, "Wh").build();

    ResolvedReading resolved = resolution.resolve(parsed, null, Set.of(ReadingFlag.LOW_BATTERY));

    assertThat(resolved.register()).isEqualTo(Register.ELECTRICITY_IMPORT_ENERGY);
    assertThat(resolved.kind()).isEqualTo(ReadingKind.CUMULATIVE);
    assertThat(resolved.value()).isEqualTo(1.5);
    assertThat(resolved.unit()).isEqualTo(CanonicalUnit.KWH);
    assertThat(resolved.flags()).containsExactly(ReadingFlag.LOW_BATTERY);
    assertThat(resolved.tenant()).isEqualTo(NormalizerFixtures.TENANT);
    assertThat(resolved.meterId()).isEqualTo(NormalizerFixtures.METER);
    assertThat(resolved.timestamp()).isEqualTo(parsed.timestamp());
    assertThat(resolved.sourceSystem()).isEqualTo("acme-portal");
  }

  @Test
  void shouldPreferTheTenantMappingOverTheBuiltInTable() throws RejectedInput {
    TenantRegisters tenant =
        TenantRegisters.of(
            mapping(
                3,
                entry("1-0:1.8.0", Register.ELECTRICITY_EXPORT_ENERGY, ReadingKind.INTERVAL),
                entry("ZAEHLER-HT", Register.ELECTRICITY_IMPORT_ENERGY, ReadingKind.CUMULATIVE)));

    ResolvedReading overridden = resolution.resolve(parsed().build(), tenant, Set.of());
    ResolvedReading added =
        resolution.resolve(parsed().register("zaehler ht").build(), tenant, Set.of());

    assertThat(overridden.register()).isEqualTo(Register.ELECTRICITY_EXPORT_ENERGY);
    assertThat(overridden.kind()).isEqualTo(ReadingKind.INTERVAL);
    assertThat(added.register()).isEqualTo(Register.ELECTRICITY_IMPORT_ENERGY);
    assertThat(added.kind()).isEqualTo(ReadingKind.CUMULATIVE);
  }

  @Test
  void shouldTakeTheKindTheRecordStates() throws RejectedInput {
    ResolvedReading resolved =
        resolution.resolve(parsed().readingType("Interval").build(), null, Set.of());

    assertThat(resolved.kind()).isEqualTo(ReadingKind.INTERVAL);
  }

  @Test
  void shouldRejectAnUnknownRegisterCode() {
    ParsedReading tariff = parsed().register("1-0:1.8.1").build();

    assertThat(rejection(tariff, null))
        .isEqualTo(
            new Rejection(
                RejectReason.UNKNOWN_REGISTER,
                "Register code '1-0:1.8.1' is neither a built-in OBIS code or name nor in the"
                    + " register mapping of tenant 'tenant-a' (it has none)."));
    assertThat(rejection(tariff, TenantRegisters.of(mapping(4))))
        .isEqualTo(
            new Rejection(
                RejectReason.UNKNOWN_REGISTER,
                "Register code '1-0:1.8.1' is neither a built-in OBIS code or name nor in the"
                    + " register mapping of tenant 'tenant-a' (version 4)."));
  }

  @Test
  void shouldRejectAnUnknownUnitListingTheKnownOnes() {
    assertThat(rejection(parsed().value(12.0, "kWh/a").build(), null))
        .isEqualTo(
            new Rejection(
                RejectReason.UNKNOWN_UNIT,
                "Unit 'kWh/a' is not known; known units (any case): " + Units.known() + "."));
    assertThat(Units.known())
        .isEqualTo(
            "celsius, count, degc, dm3, gal, gallon, gallons, gj, gwh, k, kelvin, kv, kw, kwh, l,"
                + " l/h, l/min, liter, liters, litre, litres, m3, m3/h, m^3, mj, mwh, m³, m³/h,"
                + " us gal, v, w, wh, °c");
  }

  @Test
  void shouldRejectAUnitOfAnotherQuantityThanTheRegisters() {
    assertThat(rejection(parsed().register("8-0:1.0.0").value(12.0, "kWh").build(), null))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "Field 'unit' has the invalid value 'kWh': it is a unit of KWH but register"
                    + " WATER_VOLUME is measured in M3."));
  }

  @Test
  void shouldRejectAKindTheRegisterCannotHave() {
    ParsedReading cumulativeVoltage =
        parsed().register("1-0:32.7.0").value(230.0, "V").readingType("cumulative").build();

    assertThat(rejection(cumulativeVoltage, null))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "A VOLTAGE_L1 reading cannot be of kind CUMULATIVE (register code '1-0:32.7.0')."));
    assertThat(rejection(parsed().readingType("sometimes").build(), null))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "Field 'readingType' has the invalid value 'sometimes': expected cumulative,"
                    + " interval, instant or event."));
  }

  @Test
  void shouldRejectATenantMappingWhoseKindDoesNotFitItsRegister() {
    TenantRegisters tenant =
        TenantRegisters.of(mapping(1, entry("volume", Register.WATER_VOLUME, ReadingKind.INSTANT)));

    assertThat(rejection(parsed().register("volume").value(1.0, "m3").build(), tenant))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "A WATER_VOLUME reading cannot be of kind INSTANT (register code 'volume', kind"
                    + " from the register mapping)."));
  }

  @Test
  void shouldRejectAReadingWithoutValueOrUnit() {
    assertThat(rejection(parsed().value(null, "kWh").build(), null))
        .isEqualTo(new Rejection(RejectReason.MISSING_FIELD, "Field 'value' is missing."));
    assertThat(rejection(parsed().value(1.0, null).build(), null))
        .isEqualTo(new Rejection(RejectReason.MISSING_FIELD, "Field 'unit' is missing."));
  }

  @Test
  void shouldRejectANegativeIndex() {
    assertThat(rejection(parsed().value(-0.5, "kWh").build(), null))
        .isEqualTo(
            new Rejection(
                RejectReason.VALUE_OUT_OF_RANGE,
                "Value -0.5 kWh (-0.5 KWH) of ELECTRICITY_IMPORT_ENERGY is out of range: a"
                    + " cumulative index cannot be negative."));
  }

  @Test
  void shouldAcceptANegativeDeltaAsBackflow() throws RejectedInput {
    ParsedReading delta =
        parsed().register("8-0:1.0.0").value(-2.0, "L").readingType("interval").build();

    assertThat(resolution.resolve(delta, null, Set.of()).value()).isEqualTo(-0.002);
  }

  @Test
  void shouldRejectANegativeVoltage() {
    assertThat(rejection(parsed().register("1-0:32.7.0").value(-230.0, "V").build(), null))
        .isEqualTo(
            new Rejection(
                RejectReason.VALUE_OUT_OF_RANGE,
                "Value -230.0 V (-230.0 V) of VOLTAGE_L1 is out of range: an RMS voltage cannot be"
                    + " negative."));
  }

  @Test
  void shouldRejectAValueAboveThePlausibleMaximumInTheCanonicalUnit() throws RejectedInput {
    assertThat(resolution.resolve(parsed().value(1.0e12, "Wh").build(), null, Set.of()).value())
        .isEqualTo(MAX_VALUE);
    assertThat(rejection(parsed().value(1.000001e12, "Wh").build(), null))
        .isEqualTo(
            new Rejection(
                RejectReason.VALUE_OUT_OF_RANGE,
                "Value 1.000001E12 Wh (1.000001E9 KWH) of ELECTRICITY_IMPORT_ENERGY is out of"
                    + " range: its magnitude is above the plausible maximum of 1.0E9."));
  }

  @Test
  void shouldRejectAValueThatOverflowsInTheCanonicalUnit() {
    assertThat(rejection(parsed().value(1.0e306, "GJ").build(), null))
        .isEqualTo(
            new Rejection(
                RejectReason.VALUE_OUT_OF_RANGE,
                "Value 1.0E306 GJ (Infinity KWH) of ELECTRICITY_IMPORT_ENERGY is out of range: its"
                    + " magnitude is above the plausible maximum of 1.0E9."));
  }

  @Test
  void shouldTurnAnEventIntoOneOccurrenceWithItsFlags() throws RejectedInput {
    ParsedReading event =
        parsed().register("METER_EVENT").value(null, null).status("POWER_FAIL").build();

    ResolvedReading resolved = resolution.resolve(event, null, EnumSet.of(ReadingFlag.POWER_FAIL));

    assertThat(resolved.register()).isEqualTo(Register.METER_EVENT);
    assertThat(resolved.kind()).isEqualTo(ReadingKind.EVENT);
    assertThat(resolved.value()).isEqualTo(1.0);
    assertThat(resolved.unit()).isEqualTo(CanonicalUnit.COUNT);
    assertThat(resolved.flags()).containsExactly(ReadingFlag.POWER_FAIL);
  }

  @Test
  void shouldRejectAnEventWithoutAKnownStatusCodeOrWithAUnit() {
    ParsedReading vendorEvent =
        parsed().register("0-0:97.98.0").value(null, null).status("VENDOR_BIT_7").build();

    assertThat(rejection(vendorEvent, null))
        .isEqualTo(
            new Rejection(
                RejectReason.MISSING_FIELD,
                "A meter event needs at least one known status code; it has [VENDOR_BIT_7]."));
    assertThat(rejection(parsed().register("event").value(1.0, "kWh").status("LEAK").build(), null))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "Field 'unit' has the invalid value 'kWh': a meter event has no unit, or the unit"
                    + " 'count'."));
  }

  private Rejection rejection(ParsedReading parsed, TenantRegisters tenant) {
    return Rejection.of(
        () -> resolution.resolve(parsed, tenant, StatusCodes.map(parsed.statusCodes()).flags()));
  }

  private static RegisterMappingUpdate mapping(long version, RegisterMappingEntry... entries) {
    return RegisterMappingUpdate.newBuilder()
        .setTenant(NormalizerFixtures.TENANT)
        .setVersion(version)
        .setEntries(List.of(entries))
        .build();
  }

  private static RegisterMappingEntry entry(String code, Register register, ReadingKind kind) {
    return RegisterMappingEntry.newBuilder()
        .setCode(code)
        .setRegister(register)
        .setKind(kind)
        .build();
  }
}
