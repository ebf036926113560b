package io.meterflow.contracts.testing;

import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.SourceFormat;
import io.meterflow.contracts.ids.StableIds;
import io.meterflow.contracts.registers.RegisterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Builders of contract records with plausible defaults, so a test states only what its scenario is
 * about. Every builder returns the generated Avro builder: override any field before build().
 */
public final class ContractFixtures {

  public static final String TENANT = "tenant-a";
  public static final String METER = "meter-1";
  public static final String AREA = "area-1";
  public static final String ZONE = "Europe/Madrid";

  /** A Monday at midnight UTC, far from any DST change. */
  public static final Instant BEGINNING = Instant.parse("2024-01-15T00:00:00Z");

  private ContractFixtures() {}

  public static Instant at(Duration sinceBeginning) {
    return BEGINNING.plus(sinceBeginning);
  }

  /** A reading of the register's usual kind and canonical unit, received when it was taken. */
  public static MeterReading.Builder reading(Register register, Instant time, double value) {
    RegisterSpec spec = RegisterSpec.of(register);
    return MeterReading.newBuilder()
        .setReadingId(StableIds.readingId(TENANT, METER, register, time))
        .setTenant(TENANT)
        .setMeterId(METER)
        .setRegister(register)
        .setKind(spec.usualKind())
        .setValue(value)
        .setUnit(spec.unit())
        .setReadingTime(time)
        .setReceivedTime(time)
        .setSourceSystem("test-head-end")
        .setSourceFormat(SourceFormat.HEAD_END_AVRO)
        .setFlags(List.of());
  }

  /** A cumulative water index reading in m3. */
  public static MeterReading.Builder waterIndex(Instant time, double cubicMetres) {
    return reading(Register.WATER_VOLUME, time, cubicMetres).setKind(ReadingKind.CUMULATIVE);
  }

  /** A measured interval of the register, starting at start. */
  public static IntervalConsumption.Builder interval(
      Register register, Instant start, Duration resolution, double consumption) {
    return IntervalConsumption.newBuilder()
        .setTenant(TENANT)
        .setMeterId(METER)
        .setRegister(register)
        .setResolution(resolution.toString())
        .setIntervalStart(start)
        .setIntervalEnd(start.plus(resolution))
        .setConsumption(consumption)
        .setUnit(RegisterSpec.of(register).unit())
        .setStartIndex(null)
        .setEndIndex(null)
        .setMinValue(null)
        .setMaxValue(null)
        .setReadingCount(2)
        .setCompleteness(null)
        .setQuality(IntervalQuality.MEASURED)
        .setFlags(List.of())
        .setVersion(1);
  }

  /** A measured hourly water interval in m3. */
  public static IntervalConsumption.Builder hourlyWater(Instant start, double cubicMetres) {
    return interval(Register.WATER_VOLUME, start, Duration.ofHours(1), cubicMetres);
  }

  /** An active device of the commodity in Europe/Madrid, in AREA, without optional data. */
  public static DeviceInfo.Builder device(Commodity commodity) {
    return DeviceInfo.newBuilder()
        .setTenant(TENANT)
        .setMeterId(METER)
        .setCommodity(commodity)
        .setTimezone(ZONE)
        .setAreaId(AREA)
        .setRegisters(List.of())
        .setPhases(null)
        .setMainFuseAmps(null)
        .setNominalVoltage(null)
        .setHasGeneration(false)
        .setNominalFlowQ3(null)
        .setInstallTime(null)
        .setReplacementTime(null)
        .setActive(true)
        .setUpdatedTime(BEGINNING);
  }

  /** A household water meter with Q3 = 2.5 m3/h. */
  public static DeviceInfo.Builder waterMeter() {
    return device(Commodity.WATER).setNominalFlowQ3(2.5);
  }

  /** A three-phase household electricity meter: 25 A main fuse, 230 V nominal, no PV. */
  public static DeviceInfo.Builder electricityMeter() {
    return device(Commodity.ELECTRICITY)
        .setPhases(3)
        .setMainFuseAmps(25.0)
        .setNominalVoltage(230.0);
  }
}
