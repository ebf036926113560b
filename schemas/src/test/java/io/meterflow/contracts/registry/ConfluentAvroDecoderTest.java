package io.meterflow.contracts.registry;

import static io.meterflow.contracts.testing.ContractFixtures.BEGINNING;
import static io.meterflow.contracts.testing.ContractFixtures.waterIndex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterReading;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfluentAvroDecoderTest {

  private static final MeterReading READING = waterIndex(BEGINNING, 1234.567).build();

  private FakeSchemaRegistry registry;
  private RegistryClientSettings settings;
  private ConfluentAvroDecoder<MeterReading> decoder;

  @BeforeEach
  void startRegistry() throws IOException {
    registry = new FakeSchemaRegistry();
    settings = RegistryClientSettings.of(registry.baseUrl());
    decoder = new ConfluentAvroDecoder<>(MeterReading.class, settings);
  }

  @AfterEach
  void stopRegistry() {
    registry.close();
  }

  private byte[] encoded(MeterReading reading) {
    return ConfluentAvroFormats.serializer(MeterReading.class, "readings", settings)
        .serialize(reading);
  }

  @Test
  void shouldDecodeWhatTheSerializerWrote() throws Exception {
    ConfluentAvroDecoder<MeterReading> shipped = InstantiationUtil.clone(decoder);

    assertThat(shipped.decode(encoded(READING))).isEqualTo(READING);
  }

  @Test
  void shouldFillNewFieldsWithDefaultsWhenTheWriterSchemaIsOlder() throws Exception {
    Schema older = withoutField(MeterReading.getClassSchema(), "flags");
    int id = registry.preRegister(older);

    MeterReading decoded = decoder.decode(writtenWith(older, id));

    assertThat(decoded).isEqualTo(MeterReading.newBuilder(READING).setFlags(List.of()).build());
  }

  @Test
  void shouldRejectABadMagicByte() {
    byte[] message = encoded(READING);
    message[0] = 0x7b;

    assertThatThrownBy(() -> decoder.decode(message))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessage("bad magic byte 0x7b: not in the Confluent wire format")
        .extracting(e -> ((UndecodableMessageException) e).kind())
        .isEqualTo(UndecodableMessageException.Kind.NOT_WIRE_FORMAT);
  }

  @Test
  void shouldRejectATruncatedPayload() {
    byte[] message = encoded(READING);

    assertThatThrownBy(() -> decoder.decode(Arrays.copyOf(message, message.length - 3)))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessage("truncated Avro payload for schema id 1")
        .extracting(e -> ((UndecodableMessageException) e).kind())
        .isEqualTo(UndecodableMessageException.Kind.UNREADABLE);
  }

  @Test
  void shouldRejectACorruptPayload() {
    registry.preRegister(MeterReading.getClassSchema());

    // 0x01 is the zig-zag varint -1: a negative string length.
    assertThatThrownBy(() -> decoder.decode(new byte[] {0, 0, 0, 0, 1, 0x01}))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessageStartingWith("corrupt Avro payload for schema id 1: ")
        .hasMessageContaining("Length is negative: -1");
  }

  @Test
  void shouldRejectBytesLeftOverAfterTheRecord() {
    byte[] message = encoded(READING);
    byte[] longer = Arrays.copyOf(message, message.length + 1);

    assertThatThrownBy(() -> decoder.decode(longer))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessage(
            "Avro payload for schema id 1 has bytes left over after the record:"
                + " not written with that schema");
  }

  @Test
  void shouldRejectAnUnknownSchemaId() {
    assertThatThrownBy(() -> decoder.decode(new byte[] {0, 0, 0, 0, 99, 2}))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessage("unknown schema id 99")
        .extracting(e -> ((UndecodableMessageException) e).kind())
        .isEqualTo(UndecodableMessageException.Kind.UNKNOWN_SCHEMA_ID);
  }

  @Test
  void shouldRejectAWriterSchemaThatCannotBeReadAsTheType() {
    int id = registry.preRegister(DeviceInfo.getClassSchema());

    assertThatThrownBy(() -> decoder.decode(new byte[] {0, 0, 0, 0, (byte) id, 2}))
        .isInstanceOf(UndecodableMessageException.class)
        .hasMessageStartingWith(
            "schema id 1 (io.meterflow.contracts.DeviceInfo) cannot be read as MeterReading: ");
  }

  @Test
  void shouldFetchEachWriterSchemaOnce() throws Exception {
    int id = registry.preRegister(MeterReading.getClassSchema());
    byte[] message = writtenWith(MeterReading.getClassSchema(), id);

    decoder.decode(message);
    decoder.decode(message);

    assertThat(registry.requests("GET", "/schemas/ids/" + id)).isEqualTo(1);
  }

  @Test
  void shouldThrowIOExceptionWhileTheRegistryIsUnreachable() throws IOException {
    URI closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/apis/ccompat/v7");
    }
    ConfluentAvroDecoder<MeterReading> unreachable =
        new ConfluentAvroDecoder<>(
            MeterReading.class,
            RegistryClientSettings.of(closedPort).withRetries(2, Duration.ofMillis(1)));

    assertThatThrownBy(() -> unreachable.decode(new byte[] {0, 0, 0, 0, 1, 2}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("failed after 2 attempts");
  }

  /** {@link #READING} encoded with {@code writer} (a generic record), behind the header of id. */
  private static byte[] writtenWith(Schema writer, int id) throws IOException {
    GenericRecord record = new GenericData.Record(writer);
    for (Schema.Field field : writer.getFields()) {
      Object value = READING.get(field.name());
      record.put(
          field.name(),
          value instanceof Enum<?>
              ? new GenericData.EnumSymbol(field.schema(), value.toString())
              : value instanceof java.time.Instant
                  ? ((java.time.Instant) value).toEpochMilli()
                  : value);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConfluentWireFormat.writeHeader(out, id);
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(writer).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static Schema withoutField(Schema schema, String dropped) {
    List<Schema.Field> kept =
        schema.getFields().stream()
            .filter(field -> !field.name().equals(dropped))
            .map(field -> new Schema.Field(field, field.schema()))
            .toList();
    return Schema.createRecord(
        schema.getName(), schema.getDoc(), schema.getNamespace(), false, kept);
  }
}
