package io.meterflow.jobs.bench;

import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.RegisterMappingEntry;
import io.meterflow.contracts.RegisterMappingUpdate;
import io.meterflow.normalizer.mapping.BuiltInRegisters;
import io.meterflow.normalizer.mapping.RegisterMapping;
import io.meterflow.normalizer.mapping.RegisterResolution;
import io.meterflow.normalizer.mapping.ResolvedReading;
import io.meterflow.normalizer.mapping.TenantRegisters;
import io.meterflow.normalizer.mapping.Units;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.time.ReadingTimeResolver;
import io.meterflow.normalizer.time.ReadingTimestamp;
import io.meterflow.normalizer.time.ResolvedTime;
import io.meterflow.normalizer.time.TenantZones;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The normalizer's per-reading steps after parsing: a register code to its canonical register (the
 * built-in OBIS table, and a tenant's vendor code), a unit to its canonical unit, both at once as
 * the normalizer resolves a reading, and a local reading time to UTC in the zone the input names.
 */
@State(Scope.Thread)
public class NormalizationBenchmark {

  private static final String OBIS_CODE = "1-0:1.8.0";
  private static final String VENDOR_CODE = "ACME-WATER-TOTAL";

  private TenantRegisters tenantRegisters;
  private RegisterResolution resolution;
  private ReadingTimeResolver timeResolver;
  private ParsedReading obisReadingInWh;
  private ParsedReading vendorReadingInLitres;
  private ResolvedReading localTimeReading;
  private double value;

  @Setup
  public void setUp() throws RejectedInput {
    tenantRegisters =
        TenantRegisters.of(
            RegisterMappingUpdate.newBuilder()
                .setTenant(FleetReadings.TENANT)
                .setVersion(1)
                .setEntries(
                    List.of(
                        new RegisterMappingEntry(
                            VENDOR_CODE, Register.WATER_VOLUME, ReadingKind.CUMULATIVE)))
                .build());
    resolution = new RegisterResolution(1.0e9);
    timeResolver =
        new ReadingTimeResolver(new TenantZones(ZoneOffset.UTC, Map.of()), Duration.ofMinutes(5));
    obisReadingInWh = parsed(OBIS_CODE, 1_234_567.0, "Wh", null);
    vendorReadingInLitres = parsed(VENDOR_CODE, 98_765.0, "L", null);
    localTimeReading =
        resolution.resolve(
            parsed(OBIS_CODE, 1_234_567.0, "Wh", "Europe/Madrid"), tenantRegisters, Set.of());
    value = 1_234_567.0;
  }

  @Benchmark
  public Optional<RegisterMapping> registerOfObisCode() {
    return BuiltInRegisters.find(OBIS_CODE);
  }

  @Benchmark
  public Optional<RegisterMapping> registerOfTenantVendorCode() {
    return tenantRegisters.find(VENDOR_CODE);
  }

  @Benchmark
  public double whToKwh() {
    return Units.find("Wh").orElseThrow().apply(value);
  }

  @Benchmark
  public ResolvedReading resolveObisCodeInWh() throws RejectedInput {
    return resolution.resolve(obisReadingInWh, tenantRegisters, Set.of());
  }

  @Benchmark
  public ResolvedReading resolveVendorCodeInLitres() throws RejectedInput {
    return resolution.resolve(vendorReadingInLitres, tenantRegisters, Set.of());
  }

  @Benchmark
  public ResolvedTime localTimeToUtc() throws RejectedInput {
    return timeResolver.resolve(localTimeReading, null);
  }

  private static ParsedReading parsed(String code, double value, String unit, String zone) {
    boolean local = zone != null;
    RawPayload source =
        RawPayload.webApiJson(
            "meter.raw.web-api", 0, 4242L, "{}", FleetReadings.START.plus(Duration.ofDays(1)));
    return new ParsedReading(
        source,
        FleetReadings.TENANT,
        FleetReadings.meterId(4242L),
        code,
        value,
        unit,
        ReadingTimestamp.parseIso(local ? "2024-01-01T10:15:00" : "2024-01-01T10:15:00+01:00"),
        zone,
        new String[0],
        null,
        "acme-portal");
  }
}
