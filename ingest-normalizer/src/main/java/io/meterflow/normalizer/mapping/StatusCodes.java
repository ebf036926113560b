package io.meterflow.normalizer.mapping;

import io.meterflow.contracts.ReadingFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Meter info codes as head-ends send them, mapped to {@link ReadingFlag}s. Codes are compared in
 * upper case with runs of spaces and hyphens read as one underscore ("power-fail" = POWER_FAIL).
 *
 * <p>An unknown code does not reject the reading: the value is still good, and dropping it would
 * lose consumption over a vendor's extra status bit. The code is left out of the flags and reported
 * to the caller, which counts and logs it so that an operator sees which codes to add. The
 * normalizer's own flags (DST_GAP_SHIFTED, ...) are unknown codes when a sender uses them: only the
 * normalizer sets those.
 */
public final class StatusCodes {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
  private static final Map<String, ReadingFlag> BY_CODE = table();

  private StatusCodes() {}

  /** The flags of the known codes and, in order, the codes that are not known. */
  public record Mapped(Set<ReadingFlag> flags, List<String> unknown) {}

  public static Mapped map(String[] codes) {
    Set<ReadingFlag> flags = EnumSet.noneOf(ReadingFlag.class);
    List<String> unknown = new ArrayList<>(0);
    for (String code : codes) {
      ReadingFlag flag = BY_CODE.get(canonical(code));
      if (flag == null) {
        unknown.add(code);
      } else {
        flags.add(flag);
      }
    }
    return new Mapped(flags, unknown);
  }

  private static String canonical(String code) {
    return SEPARATORS.matcher(code.trim().toUpperCase(Locale.ROOT)).replaceAll("_");
  }

  private static Map<String, ReadingFlag> table() {
    Map<String, ReadingFlag> table = new HashMap<>();
    put(table, ReadingFlag.LEAK, "LEAK", "LEAKAGE");
    put(table, ReadingFlag.BURST, "BURST", "PIPE_BURST");
    put(table, ReadingFlag.DRY, "DRY", "DRY_RUN", "EMPTY_PIPE");
    put(table, ReadingFlag.REVERSE, "REVERSE", "REVERSE_FLOW", "BACKFLOW");
    put(table, ReadingFlag.TAMPER, "TAMPER", "TAMPERING", "MAGNETIC_TAMPER");
    put(table, ReadingFlag.POWER_FAIL, "POWER_FAIL", "POWER_FAILURE", "POWER_DOWN", "POWER_OFF");
    put(table, ReadingFlag.POWER_RESTORED, "POWER_RESTORED", "POWER_UP", "POWER_ON");
    put(table, ReadingFlag.CLOCK_SET, "CLOCK_SET", "CLOCK_ADJUSTED", "TIME_SET");
    put(table, ReadingFlag.LOW_BATTERY, "LOW_BATTERY", "BATTERY_LOW");
    put(table, ReadingFlag.ESTIMATED_BY_SOURCE, "ESTIMATED", "ESTIMATED_BY_SOURCE");
    return Map.copyOf(table);
  }

  private static void put(Map<String, ReadingFlag> table, ReadingFlag flag, String... codes) {
    for (String code : codes) {
      table.put(code, flag);
    }
  }
}
