package io.meterflow.contracts.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ConfluentWireFormatTest {

  @Test
  void shouldWriteMagicByteAndBigEndianSchemaId() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ConfluentWireFormat.writeHeader(out, 0x0A0B0C0D);

    assertThat(out.toByteArray()).containsExactly(0, 0x0A, 0x0B, 0x0C, 0x0D);
  }

  @Test
  void shouldReadBackTheSchemaIdOfAHeader() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConfluentWireFormat.writeHeader(out, 0x80000001);
    out.write(42);

    assertThat(ConfluentWireFormat.schemaId(out.toByteArray())).isEqualTo(0x80000001);
  }

  @Test
  void shouldRejectABadMagicByte() {
    byte[] json = "{\"tenant\":\"a\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ConfluentWireFormat.schemaId(json))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessage("bad magic byte 0x7b: not in the Confluent wire format");
  }

  @Test
  void shouldRejectAMessageShorterThanTheHeader() {
    assertThatThrownBy(() -> ConfluentWireFormat.schemaId(new byte[] {0, 0, 0, 7}))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessage("message of 4 bytes is shorter than the 5-byte Confluent wire format header");
  }

  @Test
  void shouldRejectAnAbsentMessage() {
    assertThatThrownBy(() -> ConfluentWireFormat.schemaId(null))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessage("message of 0 bytes is shorter than the 5-byte Confluent wire format header");
  }
}
