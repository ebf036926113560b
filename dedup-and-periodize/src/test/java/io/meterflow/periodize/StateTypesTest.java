package io.meterflow.periodize;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.periodize.aggregate.AggregateContribution;
import io.meterflow.periodize.aggregate.AggregateState;
import io.meterflow.periodize.device.SeriesReading;
import io.meterflow.periodize.series.SeriesState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.api.Test;

/** State and records between operators are POJOs of known types: nothing goes through Kryo. */
class StateTypesTest {

  @Test
  void shouldSerializeStateAndInternalRecordsAsPojosWithoutGenericFields() {
    for (Class<?> type :
        new Class<?>[] {
          SeriesState.class, SeriesReading.class, AggregateContribution.class, AggregateState.class
        }) {
      TypeInformation<?> info = TypeInformation.of(type);
      assertThat(info).as(type.getSimpleName()).isInstanceOf(PojoTypeInfo.class);
      PojoTypeInfo<?> pojo = (PojoTypeInfo<?>) info;
      for (int i = 0; i < pojo.getArity(); i++) {
        assertThat(pojo.getTypeAt(i))
            .as(type.getSimpleName() + "." + pojo.getPojoFieldAt(i).getField().getName())
            .isNotInstanceOf(GenericTypeInfo.class);
      }
    }
  }
}
