package io.meterflow.normalizer.headend;

import io.meterflow.contracts.RejectReason;

/** A head-end message that can never be decoded: it is rejected with {@link #reason()}. */
public final class HeadEndDecodingException extends Exception {

  private static final long serialVersionUID = 1L;

  private final RejectReason reason;

  /**
   * @param reason BAD_MAGIC_BYTE, UNKNOWN_SCHEMA_ID or UNPARSEABLE
   */
  public HeadEndDecodingException(RejectReason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public RejectReason reason() {
    return reason;
  }
}
