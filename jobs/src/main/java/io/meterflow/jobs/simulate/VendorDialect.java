package io.meterflow.jobs.simulate;

import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.Register;

/**
 * How one head-end vendor names registers and which units it sends, as the normalizer's built-in
 * table ({@code BuiltInRegisters}) and unit list know them: OBIS codes with base units, vendor
 * names with kilo units, OBIS channel 1 with mixed units.
 */
public enum VendorDialect {
  OBIS_BASE_UNITS("headend-landis", "1-0:1.8.0", "1-0:2.8.0", "8-0:1.0.0", "6-0:1.0.0", "1-0:") {
    @Override
    Unit unit(Commodity commodity) {
      return switch (commodity) {
        case ELECTRICITY -> new Unit("Wh", 1);
        case WATER -> new Unit("L", 1);
        default -> new Unit("kWh", 100);
      };
    }
  },
  VENDOR_NAMES("headend-kamstrup", "A+", "A-", "water", "heat", "") {
    @Override
    Unit unit(Commodity commodity) {
      return switch (commodity) {
        case ELECTRICITY -> new Unit("kWh", 1000);
        case WATER -> new Unit("m3", 1000);
        default -> new Unit("MWh", 100_000);
      };
    }
  },
  OBIS_CHANNEL_ONE("headend-itron", "1-1:1.8.0", "1-1:2.8.0", "8-1:1.0.0", "6-1:1.0.0", "1-1:") {
    @Override
    Unit unit(Commodity commodity) {
      return switch (commodity) {
        case ELECTRICITY -> new Unit("kWh", 1000);
        case WATER -> new Unit("L", 1);
        default -> new Unit("kWh", 100);
      };
    }
  };

  /** The register code of meter events (the general alarm register). */
  static final String EVENT_CODE = "0-0:97.98.0";

  private static final String[] VOLTAGE_NAMES = {"U1", "U2", "U3"};
  private static final String[] VOLTAGE_OBIS = {"32.7.0", "52.7.0", "72.7.0"};

  private final String sourceSystem;
  private final String importCode;
  private final String exportCode;
  private final String waterCode;
  private final String heatCode;
  private final String voltagePrefix;

  VendorDialect(
      String sourceSystem,
      String importCode,
      String exportCode,
      String waterCode,
      String heatCode,
      String voltagePrefix) {
    this.sourceSystem = sourceSystem;
    this.importCode = importCode;
    this.exportCode = exportCode;
    this.waterCode = waterCode;
    this.heatCode = heatCode;
    this.voltagePrefix = voltagePrefix;
  }

  /**
   * A unit as sent, and how many register counts make one of it. A count is the register's
   * resolution: 1 Wh of electricity, 1 L of water, 10 Wh of heat.
   */
  record Unit(String name, long countsPerUnit) {

    /** The value of a register count in this unit; exact for counts below 2^53. */
    double value(long counts) {
      return countsPerUnit == 1 ? counts : counts / (double) countsPerUnit;
    }
  }

  abstract Unit unit(Commodity commodity);

  String sourceSystem() {
    return sourceSystem;
  }

  /** The code of the commodity's main cumulative register. */
  String indexCode(Commodity commodity) {
    return switch (commodity) {
      case ELECTRICITY -> importCode;
      case WATER -> waterCode;
      default -> heatCode;
    };
  }

  String exportCode() {
    return exportCode;
  }

  /** The code of the phase voltage, 0-based phase. */
  String voltageCode(int phase) {
    return voltagePrefix.isEmpty() ? VOLTAGE_NAMES[phase] : voltagePrefix + VOLTAGE_OBIS[phase];
  }

  /** The canonical register of the commodity's main cumulative register. */
  static Register indexRegister(Commodity commodity) {
    return switch (commodity) {
      case ELECTRICITY -> Register.ELECTRICITY_IMPORT_ENERGY;
      case WATER -> Register.WATER_VOLUME;
      default -> Register.HEAT_ENERGY;
    };
  }

  /** Register counts per canonical unit (kWh, m3, kWh). */
  static long countsPerCanonicalUnit(Commodity commodity) {
    return switch (commodity) {
      case ELECTRICITY, WATER -> 1000;
      default -> 100;
    };
  }
}
