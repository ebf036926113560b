package io.meterflow.jobs.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SocketProbeTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Test
  void shouldNotAnswerWhenNothingListens() {
    HostPort nobody = new HostPort("127.0.0.1", new FreePorts().next());

    assertThat(KafkaApiVersionsProbe.answers(nobody, TIMEOUT)).isFalse();
    assertThat(CqlOptionsProbe.answers(nobody, TIMEOUT)).isFalse();
  }

  @Test
  void shouldAskKafkaForApiVersionsAndAcceptAnAnswerWithoutError() throws Exception {
    try (OneShotServer broker = new OneShotServer(29, apiVersionsResponse(0x6d66, 0))) {
      boolean answers = KafkaApiVersionsProbe.answers(broker.address(), TIMEOUT);

      assertThat(answers).isTrue();
      assertThat(broker.request()).isEqualTo(apiVersionsRequest());
    }
  }

  @Test
  void shouldNotAcceptAKafkaAnswerWithAnError() throws Exception {
    // 35: UNSUPPORTED_VERSION
    try (OneShotServer broker = new OneShotServer(29, apiVersionsResponse(0x6d66, 35))) {
      assertThat(KafkaApiVersionsProbe.answers(broker.address(), TIMEOUT)).isFalse();
    }
  }

  @Test
  void shouldSendCqlOptionsAndAcceptSupported() throws Exception {
    byte[] supported = {(byte) 0x84, 0, 0, 0, 0x06, 0, 0, 0, 2, 0, 0};
    try (OneShotServer node = new OneShotServer(9, supported)) {
      boolean answers = CqlOptionsProbe.answers(node.address(), TIMEOUT);

      assertThat(answers).isTrue();
      assertThat(node.request()).containsExactly(0x04, 0, 0, 0, 0x05, 0, 0, 0, 0);
    }
  }

  @Test
  void shouldNotAcceptACqlErrorFrame() throws Exception {
    byte[] error = {(byte) 0x84, 0, 0, 0, 0x00, 0, 0, 0, 0};
    try (OneShotServer node = new OneShotServer(9, error)) {
      assertThat(CqlOptionsProbe.answers(node.address(), TIMEOUT)).isFalse();
    }
  }

  private static byte[] apiVersionsRequest() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(25);
    out.writeShort(18);
    out.writeShort(0);
    out.writeInt(0x6d66);
    out.writeShort(15);
    out.write("meterflow-probe".getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  private static byte[] apiVersionsResponse(int correlationId, int errorCode) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(10);
    out.writeInt(correlationId);
    out.writeShort(errorCode);
    out.writeInt(0);
    return bytes.toByteArray();
  }
}
