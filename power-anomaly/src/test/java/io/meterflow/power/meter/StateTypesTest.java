package io.meterflow.power.meter;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.Register;
import io.meterflow.power.baseline.DeviationRun;
import io.meterflow.power.baseline.MeterBaseline;
import io.meterflow.power.baseline.SlotBaseline;
import io.meterflow.power.communication.CadenceEstimate;
import io.meterflow.power.outage.PowerEvent;
import io.meterflow.power.reverse.ReverseFlowState;
import io.meterflow.power.voltage.VoltageMean;
import io.meterflow.power.voltage.VoltageSum;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The job's own state and stream types go through Flink's POJO serializer, never Kryo: that keeps
 * their state schema-evolvable across upgrades.
 */
class StateTypesTest {

  @ParameterizedTest
  @ValueSource(
      classes = {
        MeterBaseline.class,
        SlotBaseline.class,
        DeviationRun.class,
        ReverseFlowState.class,
        CadenceEstimate.class,
        PowerEvent.class,
        VoltageMean.class,
        VoltageSum.class
      })
  void shouldBeAFlinkPojo(Class<?> type) {
    assertThat(TypeInformation.of(type)).isInstanceOf(PojoTypeInfo.class);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void shouldRoundTripARecordThroughItsSerializer(boolean failed) throws Exception {
    PowerEvent event = new PowerEvent("tenant", "area", "meter", 42L, failed);
    VoltageSum sum = new VoltageSum("tenant", "meter", Register.VOLTAGE_L2, 690.5, 3);

    assertThat(roundTrip(event, PowerEvent.class)).isEqualTo(event);
    assertThat(roundTrip(sum, VoltageSum.class)).isEqualTo(sum);
  }

  private static <T> T roundTrip(T value, Class<T> type) throws Exception {
    TypeSerializer<T> serializer =
        TypeInformation.of(type).createSerializer(new SerializerConfigImpl());
    DataOutputSerializer out = new DataOutputSerializer(64);
    serializer.serialize(value, out);
    return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
  }
}
