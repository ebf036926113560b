package io.meterflow.normalizer.mapping;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one spelling of a register code under which the built-in table and the tenant mappings are
 * looked up, so that the spellings head-ends use for the same code match each other.
 *
 * <p>OBIS codes (IEC 62056-61) are written in many ways: {@code 1-0:1.8.0}, {@code 1-0:1.8.0*255},
 * {@code 1-0:1.8.0.255}, {@code 1.0.1.8.0.255}, {@code 01-00:01.08.00} or as 12 hex digits {@code
 * 0100010800FF}. All become {@code 1-0:1.8.0}. The value group F = 255 means "the current value"
 * and is dropped; any other F (a billing period) is kept as {@code *F}, because a stored billing
 * value is not a reading of the register. Other codes are vendor names: compared in lower case,
 * with runs of spaces and hyphens read as one underscore ({@code Import Energy} = {@code
 * import_energy}).
 */
public final class RegisterCodes {

  private static final int CURRENT_VALUE = 255;
  private static final Pattern OBIS =
      Pattern.compile(
          "(\\d{1,3})-(\\d{1,3}):(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:[*.&](\\d{1,3}))?");
  private static final Pattern OBIS_DOTTED =
      Pattern.compile(
          "(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:\\.(\\d{1,3}))?");
  private static final Pattern OBIS_HEX = Pattern.compile("[0-9a-f]{12}");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s-]+");

  private RegisterCodes() {}

  public static String canonical(String code) {
    String trimmed = code.trim().toLowerCase(Locale.ROOT);
    Matcher obis = OBIS.matcher(trimmed);
    if (obis.matches()) {
      return obis(obis);
    }
    Matcher dotted = OBIS_DOTTED.matcher(trimmed);
    if (dotted.matches()) {
      return obis(dotted);
    }
    if (OBIS_HEX.matcher(trimmed).matches()) {
      int[] groups = new int[6];
      for (int i = 0; i < groups.length; i++) {
        groups[i] = Integer.parseInt(trimmed.substring(2 * i, 2 * i + 2), 16);
      }
      return obis(groups);
    }
    return NAME_SEPARATORS.matcher(trimmed).replaceAll("_");
  }

  private static String obis(Matcher groups) {
    int[] values = new int[6];
    for (int i = 0; i < values.length; i++) {
      String group = groups.group(i + 1);
      values[i] = group == null ? CURRENT_VALUE : Integer.parseInt(group);
    }
    return obis(values);
  }

  private static String obis(int[] groups) {
    String code = groups[0] + "-" + groups[1] + ":" + groups[2] + "." + groups[3] + "." + groups[4];
    return groups[5] == CURRENT_VALUE ? code : code + "*" + groups[5];
  }
}
