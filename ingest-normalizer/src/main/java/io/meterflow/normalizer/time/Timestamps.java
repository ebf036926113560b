package io.meterflow.normalizer.time;

import io.meterflow.normalizer.reject.RejectedInput;
import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;

/** Timestamp fields of the input formats, parsed or rejected as INVALID_FIELD. */
public final class Timestamps {

  private Timestamps() {}

  /** An ISO-8601 date-time, with or without an offset. */
  public static ReadingTimestamp iso(String field, String text) throws RejectedInput {
    try {
      return ReadingTimestamp.parseIso(text);
    } catch (DateTimeException e) {
      throw RejectedInput.invalid(
          field,
          text,
          "expected an ISO-8601 date-time such as 2024-03-31T02:30:00, with an offset (+02:00,"
              + " Z) where known.");
    }
  }

  /** A date-time in the pattern of a CSV profile. */
  public static ReadingTimestamp pattern(
      String field, String text, DateTimeFormatter formatter, String pattern) throws RejectedInput {
    try {
      return ReadingTimestamp.parse(text, formatter);
    } catch (DateTimeException e) {
      throw RejectedInput.invalid(
          field, text, "expected a date-time of the pattern " + pattern + ".");
    }
  }
}
