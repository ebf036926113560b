package io.meterflow.normalizer.headend;

import io.meterflow.contracts.input.HeadEndReading;
import java.io.IOException;
import java.io.Serializable;

/**
 * Decodes a head-end message in the Confluent wire format (magic byte 0, 4-byte big-endian schema
 * id, Avro binary written with that schema) into a {@link HeadEndReading}. The normalizer is given
 * one, so it stays free of the registry client; jobs/ passes the registry-backed one.
 *
 * <p>The two ways a decode fails are handled in opposite ways, and implementations must keep them
 * apart:
 *
 * <ul>
 *   <li>{@link HeadEndDecodingException}: this message can never be decoded (wrong magic byte,
 *       schema id unknown to the registry, truncated or corrupt Avro). The message is rejected to
 *       the dead-letter queue with the exception's reason.
 *   <li>{@link IOException}: the registry could not be asked (unreachable, timed out, 5xx). The
 *       message is fine; the exception fails the task, and the job restarts from its last
 *       checkpoint with the configured restart back-off and reads the message again. Avro's own
 *       {@code EOFException} on truncated bytes is <em>not</em> such an error and must be mapped to
 *       a {@link HeadEndDecodingException}, or a corrupt message would restart the job forever.
 * </ul>
 */
@FunctionalInterface
public interface HeadEndDecoder extends Serializable {

  HeadEndReading decode(byte[] message) throws HeadEndDecodingException, IOException;
}
