package io.meterflow.jobs.services;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;

/**
 * Sends a CQL OPTIONS frame (native protocol v4) and expects SUPPORTED back: the node accepts CQL
 * connections.
 */
final class CqlOptionsProbe {
  private static final int REQUEST_V4 = 0x04;
  private static final int RESPONSE_V4 = 0x84;
  private static final int OPTIONS = 0x05;
  private static final int SUPPORTED = 0x06;

  private CqlOptionsProbe() {}

  static boolean answers(HostPort node, Duration timeout) {
    return SocketProbe.answers(node, timeout, CqlOptionsProbe::askOptions);
  }

  private static boolean askOptions(DataOutputStream request, DataInputStream response)
      throws IOException {
    request.writeByte(REQUEST_V4);
    request.writeByte(0); // flags
    request.writeShort(0); // stream id
    request.writeByte(OPTIONS);
    request.writeInt(0); // body length
    request.flush();
    int version = response.readUnsignedByte();
    response.readUnsignedByte(); // flags
    response.readShort(); // stream id
    int opcode = response.readUnsignedByte();
    return version == RESPONSE_V4 && opcode == SUPPORTED;
  }
}
