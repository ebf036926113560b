package io.meterflow.normalizer.reject;

/** Input values as they appear in reject details: quoted, and cut short when long. */
public final class Quoted {

  /** Enough to recognise a value; the full record is in the reject anyway. */
  private static final int MAX_SHOWN = 64;

  private Quoted() {}

  public static String of(String value) {
    if (value == null) {
      return "null";
    }
    if (value.length() <= MAX_SHOWN) {
      return "'" + value + "'";
    }
    return "'" + value.substring(0, MAX_SHOWN) + "...' (" + value.length() + " characters)";
  }
}
