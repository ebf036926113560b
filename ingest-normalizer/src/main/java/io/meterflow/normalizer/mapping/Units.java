package io.meterflow.normalizer.mapping;

import io.meterflow.contracts.CanonicalUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The units the normalizer understands and how each converts to its canonical unit. Units are
 * matched without regard to case or surrounding spaces, which is how head-ends vary them ("KWH",
 * "kWh", "kwh"). For that reason units whose SI prefixes differ only by case (mW and MW, mV and MV)
 * are not accepted: a sender of either gets UNKNOWN_UNIT rather than a value off by 10^9. MWh is
 * the exception, as no meter reports milliwatt-hours.
 */
public final class Units {

  private static final double LITRES_PER_M3 = 1000;
  private static final double LITRES_PER_US_GALLON = 3.785411784;
  private static final double MJ_PER_KWH = 3.6;
  private static final double KELVIN_AT_0_DEG_C = 273.15;

  private static final Map<String, UnitConversion> BY_NAME = table();
  private static final String KNOWN = String.join(", ", new TreeSet<>(BY_NAME.keySet()));

  private Units() {}

  public static Optional<UnitConversion> find(String unit) {
    return Optional.ofNullable(BY_NAME.get(unit.trim().toLowerCase(Locale.ROOT)));
  }

  /** The accepted spellings, for reject details. */
  public static String known() {
    return KNOWN;
  }

  private static Map<String, UnitConversion> table() {
    Map<String, UnitConversion> table = new HashMap<>();
    put(table, UnitConversion.dividedBy(CanonicalUnit.KWH, 1000), "wh");
    put(table, UnitConversion.identity(CanonicalUnit.KWH), "kwh");
    put(table, UnitConversion.times(CanonicalUnit.KWH, 1000), "mwh");
    put(table, UnitConversion.times(CanonicalUnit.KWH, 1_000_000), "gwh");
    put(table, UnitConversion.dividedBy(CanonicalUnit.KWH, MJ_PER_KWH), "mj");
    put(table, new UnitConversion(CanonicalUnit.KWH, 1000, MJ_PER_KWH, 0), "gj");

    put(table, UnitConversion.identity(CanonicalUnit.M3), "m3", "m³", "m^3");
    put(
        table,
        UnitConversion.dividedBy(CanonicalUnit.M3, LITRES_PER_M3),
        "l",
        "litre",
        "litres",
        "liter",
        "liters",
        "dm3");
    put(
        table,
        new UnitConversion(CanonicalUnit.M3, LITRES_PER_US_GALLON, LITRES_PER_M3, 0),
        "gal",
        "gallon",
        "gallons",
        "us gal");

    put(table, UnitConversion.identity(CanonicalUnit.V), "v");
    put(table, UnitConversion.times(CanonicalUnit.V, 1000), "kv");
    put(table, UnitConversion.identity(CanonicalUnit.W), "w");
    put(table, UnitConversion.times(CanonicalUnit.W, 1000), "kw");

    put(table, UnitConversion.identity(CanonicalUnit.M3_PER_H), "m3/h", "m³/h");
    put(table, UnitConversion.dividedBy(CanonicalUnit.M3_PER_H, LITRES_PER_M3), "l/h");
    put(table, new UnitConversion(CanonicalUnit.M3_PER_H, 60, LITRES_PER_M3, 0), "l/min");

    put(table, UnitConversion.identity(CanonicalUnit.DEG_C), "degc", "°c", "celsius");
    put(table, new UnitConversion(CanonicalUnit.DEG_C, 1, 1, -KELVIN_AT_0_DEG_C), "k", "kelvin");

    put(table, UnitConversion.identity(CanonicalUnit.COUNT), "count");
    return Map.copyOf(table);
  }

  private static void put(Map<String, UnitConversion> table, UnitConversion c, String... names) {
    for (String name : names) {
      table.put(name, c);
    }
  }
}
