package io.meterflow.jobs.bench;

import java.util.List;
import java.util.Locale;

/**
 * The report of a bench run: an aligned table of every figure with the load it was measured at,
 * then one {@code BENCH <name> <value> <unit>} line per figure, last, for scripts to grep.
 */
public final class BenchTable {

  private BenchTable() {}

  public static String render(List<BenchFigure> figures) {
    int nameWidth = "figure".length();
    int valueWidth = "value".length();
    int unitWidth = "unit".length();
    for (BenchFigure figure : figures) {
      nameWidth = Math.max(nameWidth, figure.name().length());
      valueWidth = Math.max(valueWidth, value(figure.value()).length());
      unitWidth = Math.max(unitWidth, figure.unit().length());
    }
    String row = "%-" + nameWidth + "s  %" + valueWidth + "s  %-" + unitWidth + "s  %s%n";
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, row, "figure", "value", "unit", "load1"));
    for (BenchFigure figure : figures) {
      out.append(
          String.format(
              Locale.ROOT,
              row,
              figure.name(),
              value(figure.value()),
              figure.unit(),
              String.format(Locale.ROOT, "%.2f", figure.load1())));
    }
    out.append(System.lineSeparator());
    for (BenchFigure figure : figures) {
      out.append("BENCH ")
          .append(figure.name())
          .append(' ')
          .append(value(figure.value()))
          .append(' ')
          .append(figure.unit())
          .append(System.lineSeparator());
    }
    return out.toString();
  }

  /** Whole numbers from 1000 up, three decimals below, so figures stay readable. */
  static String value(double value) {
    if (Math.abs(value) >= 1000) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
