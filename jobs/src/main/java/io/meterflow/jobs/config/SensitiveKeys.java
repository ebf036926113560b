package io.meterflow.jobs.config;

import java.util.List;
import java.util.Locale;

/**
 * Which keys hold credentials, whatever their origin: their values are printed as {@value
 * Secret#REDACTED}. Covers meterflow's own passwords and the Kafka client properties that carry
 * secrets (sasl.jaas.config, ssl.key.password, ssl.keystore.key, basic.auth.user.info...).
 */
public final class SensitiveKeys {

  private static final List<String> MARKERS =
      List.of(
          "password", "secret", "token", "credential", "jaas", "user.info", "apikey", "api.key");

  private SensitiveKeys() {}

  public static boolean isSensitive(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    // "ssl.keystore.key" and the like hold a private key inline.
    return lower.endsWith(".key") || MARKERS.stream().anyMatch(lower::contains);
  }
}
