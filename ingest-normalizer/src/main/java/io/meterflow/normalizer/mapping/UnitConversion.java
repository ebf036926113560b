package io.meterflow.normalizer.mapping;

import io.meterflow.contracts.CanonicalUnit;

/**
 * How a value in one unit becomes a value in its canonical unit: {@code value * multiplier /
 * divisor + offset}. Factors are kept as the exact numbers of their definitions (1 kWh = 3.6 MJ, 1
 * US gallon = 3.785411784 L) and divided last, so that 1000 Wh is exactly 1 kWh.
 */
public record UnitConversion(CanonicalUnit unit, double multiplier, double divisor, double offset) {

  public static UnitConversion identity(CanonicalUnit unit) {
    return new UnitConversion(unit, 1, 1, 0);
  }

  public static UnitConversion times(CanonicalUnit unit, double multiplier) {
    return new UnitConversion(unit, multiplier, 1, 0);
  }

  public static UnitConversion dividedBy(CanonicalUnit unit, double divisor) {
    return new UnitConversion(unit, 1, divisor, 0);
  }

  public double apply(double value) {
    return value * multiplier / divisor + offset;
  }
}
