package io.meterflow.normalizer.raw;

import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.normalizer.reject.Quoted;
import io.meterflow.normalizer.reject.RejectedInput;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks every format applies to the fields it reads, each naming the field as that format
 * calls it, so a reject detail points at what the sender wrote.
 */
public final class FieldRules implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int maxLength;

  /**
   * @param maxLength longest text accepted in any field; longer ones are FIELD_TOO_LONG, since they
   *     would end up in keys, state and rows
   */
  public FieldRules(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("The longest accepted field must be at least 1 character");
    }
    this.maxLength = maxLength;
  }

  /** A tenant or meter id: present, not too long, and usable in a key. */
  public String identifier(String field, String value) throws RejectedInput {
    String text = required(field, value);
    if (!RecordKeys.isValidIdentifier(text)) {
      throw RejectedInput.invalid(
          field,
          text,
          "identifiers cannot contain '"
              + RecordKeys.SEPARATOR
              + "' or control characters, as they become part of keys.");
    }
    return text;
  }

  /** A text field that must be present; trimmed. */
  public String required(String field, String value) throws RejectedInput {
    String text = optional(field, value);
    if (text == null) {
      throw RejectedInput.missing(field);
    }
    return text;
  }

  /** A text field that may be absent: null when absent or blank, trimmed otherwise. */
  public String optional(String field, String value) throws RejectedInput {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > maxLength) {
      throw new RejectedInput(
          RejectReason.FIELD_TOO_LONG,
          "Field '"
              + field
              + "' is "
              + value.length()
              + " characters long, more than the "
              + maxLength
              + " accepted: "
              + Quoted.of(value));
    }
    return value.trim();
  }

  /** Codes of a list field (status codes): blank ones are dropped, the others trimmed. */
  public String[] codes(String field, List<String> values) throws RejectedInput {
    List<String> codes = new ArrayList<>(values.size());
    for (String value : values) {
      String code = optional(field, value);
      if (code != null) {
        codes.add(code);
      }
    }
    return codes.toArray(String[]::new);
  }

  /** A value that must be a finite number. */
  public static double finite(String field, double value) throws RejectedInput {
    if (!Double.isFinite(value)) {
      throw new RejectedInput(
          RejectReason.NON_FINITE_VALUE,
          "Field '" + field + "' is " + value + "; a reading needs a finite number.");
    }
    return value;
  }
}
