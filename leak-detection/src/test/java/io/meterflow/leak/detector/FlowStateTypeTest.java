package io.meterflow.leak.detector;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.leak.burst.BurstState;
import io.meterflow.leak.continuousflow.ContinuousFlowState;
import io.meterflow.leak.continuousflow.HourlyWindow;
import io.meterflow.leak.nightflow.NightFlowState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.api.Test;

/** Rule state must be Flink POJOs, never Kryo: that keeps it schema-evolvable across upgrades. */
class FlowStateTypeTest {

  @Test
  void shouldKeepEveryRuleStateAsAPojo() {
    for (Class<?> type :
        new Class<?>[] {
          FlowState.class,
          ContinuousFlowState.class,
          HourlyWindow.class,
          BurstState.class,
          NightFlowState.class
        }) {
      assertThat(TypeInformation.of(type))
          .as(type.getSimpleName())
          .isInstanceOf(PojoTypeInfo.class);
    }
  }
}
