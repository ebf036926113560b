package io.meterflow.contracts.flink;

import static io.meterflow.contracts.testing.ContractFixtures.BEGINNING;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.testing.ContractFixtures;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.formats.avro.typeutils.AvroSerializer;
import org.junit.jupiter.api.Test;

/**
 * The generated classes (Avro 1.12, java.time logical types) must travel through Flink as Avro, not
 * through Kryo: that is what keeps state schema-evolvable across upgrades.
 */
class AvroStateSerializationTest {

  @Test
  void shouldSerializeGeneratedRecordsWithFlinksAvroSerializer() throws Exception {
    MeterReading reading =
        ContractFixtures.reading(Register.WATER_VOLUME, BEGINNING, 12.345)
            .setFlags(List.of(ReadingFlag.LEAK))
            .build();
    TypeSerializer<MeterReading> serializer =
        TypeInformation.of(MeterReading.class).createSerializer(new SerializerConfigImpl());
    assertThat(serializer).isInstanceOf(AvroSerializer.class);

    DataOutputSerializer out = new DataOutputSerializer(256);
    serializer.serialize(reading, out);
    MeterReading copy = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

    assertThat(copy).isEqualTo(reading);
    assertThat(copy.getReadingTime()).isEqualTo(BEGINNING);
  }
}
