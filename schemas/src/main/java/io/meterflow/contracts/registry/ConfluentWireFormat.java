package io.meterflow.contracts.registry;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The Confluent Schema Registry wire format of a Kafka value: magic byte 0, the writer schema id as
 * a 4-byte big-endian int, then the Avro binary encoding of the value.
 */
public final class ConfluentWireFormat {

  public static final byte MAGIC_BYTE = 0;

  /** Length of the magic byte plus the schema id. */
  public static final int HEADER_LENGTH = 5;

  private ConfluentWireFormat() {}

  /**
   * The writer schema id in the header of {@code message}.
   *
   * @throws UndecodableMessageException when the message is shorter than the header or does not
   *     start with the magic byte
   */
  public static int schemaId(byte[] message) throws UndecodableMessageException {
    if (message == null || message.length < HEADER_LENGTH) {
      int length = message == null ? 0 : message.length;
      throw new UndecodableMessageException(
          UndecodableMessageException.Kind.NOT_WIRE_FORMAT,
          "message of "
              + length
              + " bytes is shorter than the 5-byte Confluent wire format header");
    }
    if (message[0] != MAGIC_BYTE) {
      throw new UndecodableMessageException(
          UndecodableMessageException.Kind.NOT_WIRE_FORMAT,
          String.format(
              "bad magic byte 0x%02x: not in the Confluent wire format", message[0] & 0xff));
    }
    return ((message[1] & 0xff) << 24)
        | ((message[2] & 0xff) << 16)
        | ((message[3] & 0xff) << 8)
        | (message[4] & 0xff);
  }

  /** Writes the magic byte and {@code schemaId} (big-endian), the header of every value. */
  public static void writeHeader(OutputStream out, int schemaId) throws IOException {
    out.write(MAGIC_BYTE);
    out.write(schemaId >>> 24);
    out.write(schemaId >>> 16);
    out.write(schemaId >>> 8);
    out.write(schemaId);
  }
}
