package io.meterflow.normalizer.csv;

import io.meterflow.contracts.RejectReason;
import io.meterflow.normalizer.raw.FieldRules;
import io.meterflow.normalizer.raw.NumberText;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.time.ReadingTimestamp;
import io.meterflow.normalizer.time.Timestamps;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses CSV rows with their profile. A cell of an optional column (tenant, register, unit) that is
 * blank falls back to the profile's value for the whole file.
 */
public final class CsvRowParser implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final String[] NO_STATUS_CODES = {};

  private final CsvProfiles profiles;
  private final FieldRules rules;

  // Compiled patterns per profile; rebuilt after deserialization, as formatters do not serialize.
  private transient Map<String, DateTimeFormatter> formatters;

  public CsvRowParser(CsvProfiles profiles, FieldRules rules) {
    this.profiles = profiles;
    this.rules = rules;
  }

  /** The header line of a file whose profile has one: not data, neither parsed nor rejected. */
  public boolean isHeader(RawPayload payload) {
    return payload.lineNumber() == 1
        && payload.csvProfile() != null
        && profiles.find(payload.csvProfile()).map(CsvProfile::header).orElse(false);
  }

  public ParsedReading parse(RawPayload payload) throws RejectedInput {
    CsvProfile profile = profile(payload.csvProfile());
    try {
      return parse(payload, profile);
    } catch (RejectedInput rejected) {
      // A profile naming the tenant of the whole file knows it even when the row is garbage.
      boolean tenantOfFile = rejected.tenant() == null && profile.columns().tenant() == null;
      throw tenantOfFile ? rejected.forTenant(profile.tenant()) : rejected;
    }
  }

  private ParsedReading parse(RawPayload payload, CsvProfile profile) throws RejectedInput {
    String row = strip(payload.text());
    if (row.isBlank()) {
      throw new RejectedInput(RejectReason.UNPARSEABLE, "The row is empty.");
    }
    List<String> cells = CsvCells.split(row, profile.delimiter());
    CsvColumns columns = profile.columns();
    if (cells.size() < columns.width()) {
      throw new RejectedInput(
          RejectReason.UNPARSEABLE,
          "The row has "
              + cells.size()
              + " cells separated by '"
              + profile.delimiter()
              + "'; profile '"
              + profile.name()
              + "' needs at least "
              + columns.width()
              + ".");
    }
    String tenant =
        rules.identifier(
            field("tenant", columns.tenant()), cell(cells, columns.tenant(), profile.tenant()));
    try {
      return reading(payload, profile, cells, tenant);
    } catch (RejectedInput rejected) {
      throw rejected.forTenant(tenant);
    }
  }

  private ParsedReading reading(
      RawPayload payload, CsvProfile profile, List<String> cells, String tenant)
      throws RejectedInput {
    CsvColumns columns = profile.columns();
    String timestampField = field("timestamp", columns.timestamp());
    String valueField = field("value", columns.value());
    return new ParsedReading(
        payload,
        tenant,
        rules.identifier(field("meterId", columns.meterId()), cells.get(columns.meterId())),
        rules.required(
            field("register", columns.register()),
            cell(cells, columns.register(), profile.register())),
        NumberText.parse(
            valueField,
            rules.required(valueField, cells.get(columns.value())),
            profile.decimalSeparator()),
        rules.required(field("unit", columns.unit()), cell(cells, columns.unit(), profile.unit())),
        timestamp(
            profile,
            timestampField,
            rules.required(timestampField, cells.get(columns.timestamp()))),
        profile.zone(),
        NO_STATUS_CODES,
        profile.kind() == null ? null : profile.kind().name(),
        payload.sourceSystem());
  }

  private CsvProfile profile(String name) throws RejectedInput {
    if (name == null) {
      throw RejectedInput.missing("csvProfile");
    }
    return profiles
        .find(name)
        .orElseThrow(
            () ->
                RejectedInput.invalid(
                    "csvProfile", name, "no such CSV profile; known: " + profiles.names() + "."));
  }

  private ReadingTimestamp timestamp(CsvProfile profile, String field, String text)
      throws RejectedInput {
    if (CsvProfile.ISO.equals(profile.timestampPattern())) {
      return Timestamps.iso(field, text);
    }
    if (formatters == null) {
      formatters = new HashMap<>();
    }
    DateTimeFormatter formatter =
        formatters.computeIfAbsent(profile.name(), name -> profile.formatter());
    return Timestamps.pattern(field, text, formatter, profile.timestampPattern());
  }

  /** Line ends from Windows files and a byte order mark at the start of a file are not data. */
  private static String strip(String row) {
    int start = !row.isEmpty() && row.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    int end = row.length();
    while (end > start && (row.charAt(end - 1) == '\r' || row.charAt(end - 1) == '\n')) {
      end--;
    }
    return row.substring(start, end);
  }

  /**
   * The cell of an optional column, or the profile's value when there is no column or it is blank.
   */
  private static String cell(List<String> cells, Integer column, String fallback) {
    if (column == null || cells.get(column).isBlank()) {
      return fallback;
    }
    return cells.get(column);
  }

  /** How a field is named in reject details: by the profile's key and the 0-based column. */
  private static String field(String key, Integer column) {
    return column == null ? key + " (from the profile)" : key + " (column " + column + ")";
  }
}
