package io.meterflow.jobs.config;

/**
 * The effective value of one setting and the layer it came from.
 *
 * @param value the value, with any secret references already resolved
 * @param origin where the value was set: "default", "argument", "config file /etc/meterflow.yaml"
 * @param secret true when the value must never be printed: a sensitive key, or a value read from an
 *     environment variable or a mounted file
 */
public record SettingValue(String value, String origin, boolean secret) {

  /** The value as it may be printed. */
  public String printable() {
    return secret ? Secret.REDACTED : value;
  }

  @Override
  public String toString() {
    return printable() + " (" + origin + ")";
  }
}
