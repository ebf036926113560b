package io.meterflow.periodize.encoding;

/** Reads what {@link CompactOutput} wrote, in the same order. */
public final class CompactInput {

  private final byte[] bytes;
  private int position;

  public CompactInput(byte[] bytes) {
    this.bytes = bytes;
  }

  public long readUnsigned() {
    long value = 0;
    int shift = 0;
    byte current;
    do {
      current = bytes[position++];
      value |= (long) (current & 0x7F) << shift;
      shift += 7;
    } while ((current & 0x80) != 0);
    return value;
  }

  public long readSigned() {
    long raw = readUnsigned();
    return (raw >>> 1) ^ -(raw & 1);
  }

  public long readFixed() {
    long value = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      value = (value << 8) | (bytes[position++] & 0xFF);
    }
    return value;
  }

  public byte readByte() {
    return bytes[position++];
  }
}
