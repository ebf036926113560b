package io.meterflow.jobs.simulate;

import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.RegisterInfo;
import io.meterflow.contracts.SourceFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The meters of a simulated fleet, in a utility's proportions: about 55 % electricity, 35 % water
 * and 10 % heat, over three tenants in three European zones; electricity meters grouped ten to a
 * transformer area (so that whole areas can lose power), water meters in district metered areas.
 * About 70 % of the readings come as head-end Avro, 20 % as Web API JSON and 10 % as CSV files
 * (water and heat only, as utilities receive the files of their drive-by and heat contractors).
 */
public final class FleetModel {

  /** Tenants and their zones. */
  static final List<String> TENANTS = List.of("aquavolt", "nordgrid", "severn");

  static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Europe/Madrid"), ZoneId.of("Europe/Berlin"), ZoneId.of("Europe/London"));

  static final int METERS_PER_TRANSFORMER = 10;
  static final int METERS_PER_DMA = 25;
  static final double NOMINAL_VOLTAGE = 230;

  /** Electricity 11, water 7 and heat 2 of every 20 meters. */
  private static final int PATTERN = 20;

  private static final int ELECTRICITY_SHARE = 11;
  private static final int WATER_SHARE = 7;

  private FleetModel() {}

  public static List<SimulatedMeter> build(SimulationSettings settings) {
    SplittableRandom random = new SplittableRandom(settings.seed());
    Instant issued = settings.start().minus(Duration.ofDays(1));
    Map<String, Integer> perArea = new HashMap<>();
    List<SimulatedMeter> meters = new ArrayList<>(settings.meters());
    for (int index = 0; index < settings.meters(); index++) {
      int tenantIndex = index % TENANTS.size();
      Commodity commodity = commodity(index);
      String tenant = TENANTS.get(tenantIndex);
      int sameKind = perArea.merge(tenant + commodity, 1, Integer::sum) - 1;
      SourceFormat channel = channel(commodity, random);
      Duration cadence = cadence(commodity, random);
      VendorDialect dialect = VendorDialect.values()[random.nextInt(VendorDialect.values().length)];
      DeviceInfo device =
          device(tenant, index, commodity, sameKind, ZONES.get(tenantIndex), issued, random);
      meters.add(
          new SimulatedMeter(
              index,
              commodity,
              ZONES.get(tenantIndex),
              channel,
              cadence,
              dialect,
              device,
              random.nextLong()));
    }
    return meters;
  }

  private static Commodity commodity(int index) {
    int slot = (index * 7) % PATTERN;
    if (slot < ELECTRICITY_SHARE) {
      return Commodity.ELECTRICITY;
    }
    return slot < ELECTRICITY_SHARE + WATER_SHARE ? Commodity.WATER : Commodity.HEAT;
  }

  /** Electricity meters talk to head-ends (75 %) or the Web API; water and heat also send files. */
  private static SourceFormat channel(Commodity commodity, SplittableRandom random) {
    double draw = random.nextDouble();
    if (commodity == Commodity.ELECTRICITY) {
      return draw < 0.75 ? SourceFormat.HEAD_END_AVRO : SourceFormat.WEB_API_JSON;
    }
    if (draw < 0.64) {
      return SourceFormat.HEAD_END_AVRO;
    }
    return draw < 0.78 ? SourceFormat.WEB_API_JSON : SourceFormat.CSV_FILE;
  }

  private static Duration cadence(Commodity commodity, SplittableRandom random) {
    double draw = random.nextDouble();
    return switch (commodity) {
      case ELECTRICITY -> draw < 0.8 ? Duration.ofMinutes(15) : Duration.ofHours(1);
      case WATER -> draw < 0.4 ? Duration.ofMinutes(15) : Duration.ofHours(1);
      default -> draw < 0.7 ? Duration.ofHours(1) : Duration.ofDays(1);
    };
  }

  private static DeviceInfo device(
      String tenant,
      int index,
      Commodity commodity,
      int sameKind,
      ZoneId zone,
      Instant issued,
      SplittableRandom random) {
    Instant installed = issued.minus(Duration.ofDays(200 + random.nextInt(3000)));
    DeviceInfo.Builder device =
        DeviceInfo.newBuilder()
            .setTenant(tenant)
            .setMeterId(
                String.format(Locale.ROOT, "%s-%06d", commodity.name().substring(0, 1), index))
            .setCommodity(commodity)
            .setTimezone(zone.getId())
            .setInstallTime(installed)
            .setActive(true)
            .setUpdatedTime(issued);
    switch (commodity) {
      case ELECTRICITY -> {
        int phases = random.nextDouble() < 0.7 ? 1 : 3;
        List<RegisterInfo> registers = new ArrayList<>();
        registers.add(register(Register.ELECTRICITY_IMPORT_ENERGY, 6));
        registers.add(register(Register.ELECTRICITY_EXPORT_ENERGY, 6));
        for (int phase = 0; phase < phases; phase++) {
          registers.add(register(Register.values()[Register.VOLTAGE_L1.ordinal() + phase], null));
        }
        device
            .setAreaId(area(tenant, "tx", sameKind / METERS_PER_TRANSFORMER))
            .setRegisters(registers)
            .setPhases(phases)
            .setMainFuseAmps(phases == 1 ? 35.0 : 25.0)
            .setNominalVoltage(NOMINAL_VOLTAGE)
            .setHasGeneration(random.nextDouble() < 0.2);
      }
      case WATER ->
          device
              .setAreaId(area(tenant, "dma", sameKind / METERS_PER_DMA))
              .setRegisters(List.of(register(Register.WATER_VOLUME, 5)))
              .setNominalFlowQ3(random.nextDouble() < 0.8 ? 2.5 : 4.0);
      default ->
          device
              .setAreaId(area(tenant, "heat", sameKind / METERS_PER_DMA))
              .setRegisters(List.of(register(Register.HEAT_ENERGY, 6)));
    }
    return device.build();
  }

  private static String area(String tenant, String kind, int number) {
    return String.format(Locale.ROOT, "%s-%s-%02d", tenant, kind, number);
  }

  private static RegisterInfo register(Register register, Integer digits) {
    return RegisterInfo.newBuilder().setRegister(register).setDigits(digits).build();
  }
}
