package io.meterflow.jobs.services;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Asks a Kafka broker for its API versions: the first request every Kafka client sends. */
final class KafkaApiVersionsProbe {
  private static final short API_VERSIONS_KEY = 18;
  private static final short API_VERSION = 0;
  private static final int CORRELATION_ID = 0x6d66;
  private static final byte[] CLIENT_ID = "meterflow-probe".getBytes(StandardCharsets.UTF_8);

  private KafkaApiVersionsProbe() {}

  static boolean answers(HostPort broker, Duration timeout) {
    return SocketProbe.answers(broker, timeout, KafkaApiVersionsProbe::askApiVersions);
  }

  private static boolean askApiVersions(DataOutputStream request, DataInputStream response)
      throws IOException {
    request.writeInt(2 + 2 + 4 + 2 + CLIENT_ID.length);
    request.writeShort(API_VERSIONS_KEY);
    request.writeShort(API_VERSION);
    request.writeInt(CORRELATION_ID);
    request.writeShort(CLIENT_ID.length);
    request.write(CLIENT_ID);
    request.flush();
    int size = response.readInt();
    int correlationId = response.readInt();
    short errorCode = response.readShort();
    return size > 6 && correlationId == CORRELATION_ID && errorCode == 0;
  }
}
