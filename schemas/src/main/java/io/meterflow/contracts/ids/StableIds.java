package io.meterflow.contracts.ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Deterministic identifiers derived from the data only (never from processing time), so that a
 * replay, a retry or a restore yields the same ids and the sinks can upsert idempotently.
 */
public final class StableIds {

  // A unit separator cannot occur in the identifiers the normalizer accepts, so the parts of the
  // hashed text cannot run into each other ("a" + "bc" vs "ab" + "c").
  private static final char SEPARATOR = '\u001f';
  private static final int ID_BYTES = 16;

  private StableIds() {}

  /** The id of a reading slot: tenant, meter, register and reading time (not the value). */
  public static String readingId(String tenant, String meterId, Enum<?> register, Instant time) {
    return hash(tenant, meterId, register.name(), Long.toString(time.toEpochMilli()));
  }

  /** The id of an alarm episode: who it is about, which rule, and when the condition began. */
  public static String alarmId(String tenant, String subject, Enum<?> type, Instant startTime) {
    return hash(tenant, subject, type.name(), Long.toString(startTime.toEpochMilli()));
  }

  private static String hash(String... parts) {
    MessageDigest digest = sha256();
    for (String part : parts) {
      digest.update(part.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) SEPARATOR);
    }
    byte[] full = digest.digest();
    return HexFormat.of().formatHex(full, 0, ID_BYTES);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime must provide SHA-256", e);
    }
  }
}
