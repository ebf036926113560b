package io.meterflow.contracts.registry;

/**
 * A message that can never be decoded, however often it is retried: not in the Confluent wire
 * format, an id the registry does not know, a writer schema that does not parse, or a truncated or
 * corrupt Avro payload. The caller rejects the message (with {@link #getMessage()} as the reason)
 * and carries on; transient registry failures are {@link java.io.IOException}s instead.
 */
public final class UndecodableMessageException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What is wrong with the message, for callers that report it by category. */
  public enum Kind {
    /** Too short for the header, or a magic byte other than 0. */
    NOT_WIRE_FORMAT,
    /** The registry knows no schema with the header's id. */
    UNKNOWN_SCHEMA_ID,
    /** The payload or the writer schema cannot be read as the expected record. */
    UNREADABLE
  }

  private final Kind kind;

  public UndecodableMessageException(Kind kind, String reason) {
    super(reason);
    this.kind = kind;
  }

  public UndecodableMessageException(Kind kind, String reason, Throwable cause) {
    super(reason, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
