package io.meterflow.contracts.registry;

import static io.meterflow.contracts.testing.ContractFixtures.BEGINNING;
import static io.meterflow.contracts.testing.ContractFixtures.waterIndex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfluentAvroFormatsTest {

  private static final String TOPIC = "meter.readings.normalized";

  private FakeSchemaRegistry registry;
  private RegistryClientSettings settings;

  @BeforeEach
  void startRegistry() throws IOException {
    registry = new FakeSchemaRegistry();
    settings = RegistryClientSettings.of(registry.baseUrl());
  }

  @AfterEach
  void stopRegistry() {
    registry.close();
  }

  private static MeterReading reading() {
    return waterIndex(BEGINNING, 1234.567).setFlags(List.of(ReadingFlag.LEAK)).build();
  }

  @Test
  void shouldRoundTripAMeterReadingThroughTheRegistry() throws Exception {
    // Cloned as Flink ships them in the job graph: the registry clients are made after shipping.
    SerializationSchema<MeterReading> serializer =
        InstantiationUtil.clone(
            ConfluentAvroFormats.serializer(MeterReading.class, TOPIC, settings));
    DeserializationSchema<MeterReading> deserializer =
        InstantiationUtil.clone(ConfluentAvroFormats.deserializer(MeterReading.class, settings));

    byte[] message = serializer.serialize(reading());

    assertThat(deserializer.deserialize(message)).isEqualTo(reading());
  }

  @Test
  void shouldPrefixTheValueWithTheIdRegisteredUnderTheTopicValueSubject() {
    registry.preRegister(io.meterflow.contracts.DeviceInfo.getClassSchema());
    SerializationSchema<MeterReading> serializer =
        ConfluentAvroFormats.serializer(MeterReading.class, TOPIC, settings);

    byte[] message = serializer.serialize(reading());

    assertThat(Arrays.copyOf(message, 5)).containsExactly(0, 0, 0, 0, 2);
    assertThat(registry.requests("POST", "/subjects/meter.readings.normalized-value/versions"))
        .isEqualTo(1);
  }

  @Test
  void shouldRegisterOnceAndFetchOnceForManyRecords() throws Exception {
    SerializationSchema<MeterReading> serializer =
        ConfluentAvroFormats.serializer(MeterReading.class, TOPIC, settings);
    DeserializationSchema<MeterReading> deserializer =
        ConfluentAvroFormats.deserializer(MeterReading.class, settings);

    for (int i = 0; i < 3; i++) {
      deserializer.deserialize(serializer.serialize(reading()));
    }

    assertThat(registry.requests("POST", "/subjects/meter.readings.normalized-value/versions"))
        .isEqualTo(1);
    assertThat(registry.requests("GET", "/schemas/ids/1")).isEqualTo(1);
  }

  @Test
  void shouldFailTheDeserializerOnAnUndecodableMessageWithTheReason() {
    DeserializationSchema<MeterReading> deserializer =
        ConfluentAvroFormats.deserializer(MeterReading.class, settings);

    assertThatThrownBy(() -> deserializer.deserialize(new byte[] {0, 0, 0, 0, 99, 2}))
        .isInstanceOf(IOException.class)
        .hasMessage("unknown schema id 99")
        .hasCauseInstanceOf(UndecodableMessageException.class);
  }

  @Test
  void shouldNameTheValueSubjectAfterTheTopic() {
    assertThat(ConfluentAvroFormats.valueSubject("meter.alarms")).isEqualTo("meter.alarms-value");
  }
}
