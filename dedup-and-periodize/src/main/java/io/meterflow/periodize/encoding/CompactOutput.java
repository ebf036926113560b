package io.meterflow.periodize.encoding;

import java.util.Arrays;

/**
 * Writes unsigned and zig-zag variable-length longs: small numbers take one byte, which is what
 * keeps the per-series state of a 15-minute meter well under a kilobyte.
 */
public final class CompactOutput {

  private byte[] buffer = new byte[64];
  private int size;

  public void writeUnsigned(long value) {
    long rest = value;
    while ((rest & ~0x7FL) != 0) {
      writeByte((byte) ((rest & 0x7F) | 0x80));
      rest >>>= 7;
    }
    writeByte((byte) rest);
  }

  public void writeSigned(long value) {
    writeUnsigned((value << 1) ^ (value >> 63));
  }

  public void writeFixed(long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      writeByte((byte) (value >>> shift));
    }
  }

  public void writeByte(byte value) {
    if (size == buffer.length) {
      buffer = Arrays.copyOf(buffer, size * 2);
    }
    buffer[size++] = value;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }
}
