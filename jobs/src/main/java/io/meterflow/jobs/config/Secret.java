package io.meterflow.jobs.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * A credential (password, SASL JAAS line, basic-auth secret). It prints as {@value #REDACTED}
 * wherever it ends up in a string (toString, logs, exceptions); only {@link #reveal()} gives the
 * value, at the one place that hands it to a client library.
 *
 * <p>Serializable because job graphs carry it to the task managers inside sink configurations.
 */
public final class Secret implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What every secret, and every setting that holds one, prints as. */
  public static final String REDACTED = "******";

  private final String value;

  private Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  public static Secret of(String value) {
    return new Secret(value);
  }

  /** The plain value: pass it to the client library, never to a logger or a message. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret secret && secret.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return REDACTED;
  }
}
