package io.meterflow.normalizer.csv;

import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.normalizer.time.ReadingTimestamp;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * How to read the rows of one kind of CSV file.
 *
 * @param name the name files are read with (e.g. {@code daiad-csv})
 * @param delimiter the cell separator
 * @param header whether the first line of each file is a header (skipped and counted, not data)
 * @param columns where each field is
 * @param timestampPattern a {@link DateTimeFormatter} pattern such as {@code dd/MM/yyyy HH:mm:ss},
 *     or {@value #ISO} for ISO-8601 with or without an offset
 * @param zone the zone of timestamps without an offset; null to use the meter's zone
 * @param unit the unit of all values; null when a column holds it
 * @param register the register code of all rows; null when a column holds it
 * @param decimalSeparator '.' or ','
 * @param kind the kind of all readings; null for the register's usual kind
 * @param tenant the tenant of all rows; null when a column holds it
 */
public record CsvProfile(
    String name,
    char delimiter,
    boolean header,
    CsvColumns columns,
    String timestampPattern,
    String zone,
    String unit,
    String register,
    char decimalSeparator,
    ReadingKind kind,
    String tenant)
    implements Serializable {

  public static final String ISO = "ISO";

  public CsvProfile {
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(timestampPattern, "timestampPattern");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A CSV profile needs a name");
    }
    require(
        delimiter != '"' && delimiter != '\n' && delimiter != '\r',
        name,
        "delimiter",
        "cannot be a quote or a line break");
    require(
        decimalSeparator == '.' || decimalSeparator == ',',
        name,
        "decimalSeparator",
        "must be '.' or ','");
    require(decimalSeparator != delimiter, name, "decimalSeparator", "cannot be the delimiter too");
    require(
        tenant != null || columns.tenant() != null,
        name,
        "tenant",
        "is needed unless a column holds it");
    require(
        tenant == null || RecordKeys.isValidIdentifier(tenant),
        name,
        "tenant",
        "is not a valid identifier");
    require(
        register != null || columns.register() != null,
        name,
        "register",
        "is needed unless a column holds it");
    require(
        unit != null || columns.unit() != null, name, "unit", "is needed unless a column holds it");
    require(isZone(zone), name, "zone", "'" + zone + "' is not a zone id such as Europe/Madrid");
    require(
        isPattern(timestampPattern),
        name,
        "timestampPattern",
        "'" + timestampPattern + "' is not a date-time pattern");
  }

  /**
   * The formatter of {@link #timestampPattern}; null for ISO. Not cached: formatters are not
   * serializable.
   */
  public DateTimeFormatter formatter() {
    return ISO.equals(timestampPattern) ? null : ReadingTimestamp.strictPattern(timestampPattern);
  }

  private static boolean isZone(String zone) {
    try {
      return zone == null || ZoneId.of(zone) != null;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static boolean isPattern(String pattern) {
    try {
      return ISO.equals(pattern) || ReadingTimestamp.strictPattern(pattern) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void require(boolean valid, String profile, String key, String problem) {
    if (!valid) {
      throw new IllegalArgumentException(
          "CSV profile '" + profile + "': " + key + " " + problem + ".");
    }
  }
}
