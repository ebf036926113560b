package io.meterflow.normalizer.reject;

import io.meterflow.contracts.RejectReason;

/**
 * Why an input record cannot become a reading. Thrown by the pure parsing and resolution steps and
 * turned into a {@link io.meterflow.contracts.RejectedRecord} by the operator that calls them, so
 * bad data ends in the dead-letter queue and never fails the job.
 */
public final class RejectedInput extends Exception {

  private static final long serialVersionUID = 1L;

  private final RejectReason reason;
  private final String tenant;

  /**
   * @param detail one sentence for an operator, naming the field and the value at fault
   */
  public RejectedInput(RejectReason reason, String detail) {
    this(reason, detail, null);
  }

  private RejectedInput(RejectReason reason, String detail, String tenant) {
    // Bad records can be frequent: a stack trace per record would cost more than the parsing.
    super(detail, null, false, false);
    this.reason = reason;
    this.tenant = tenant;
  }

  /** A required field that is absent, null or blank. */
  public static RejectedInput missing(String field) {
    return new RejectedInput(RejectReason.MISSING_FIELD, "Field '" + field + "' is missing.");
  }

  /** A field whose value cannot be used as it is. */
  public static RejectedInput invalid(String field, String value, String why) {
    return new RejectedInput(
        RejectReason.INVALID_FIELD,
        "Field '" + field + "' has the invalid value " + Quoted.of(value) + ": " + why);
  }

  /** The same rejection, of a record whose tenant was read before the fault was found. */
  public RejectedInput forTenant(String tenant) {
    return new RejectedInput(reason, detail(), tenant);
  }

  /** The tenant of the record, where it could be read; null otherwise. */
  public String tenant() {
    return tenant;
  }

  public RejectReason reason() {
    return reason;
  }

  public String detail() {
    return getMessage();
  }
}
