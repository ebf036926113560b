package io.meterflow.power;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.Register;
import io.meterflow.power.testing.MeterHarness;
import io.meterflow.power.testing.PowerFixtures;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;

/** The topology's operators as configured. */
class PowerAnomalyTopologyTest {

  @Test
  void shouldNameTheVoltageMeansAfterTheConfiguredWindow() {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    PowerAnomalyTopology.build(
            env.fromData(PowerFixtures.voltage(Register.VOLTAGE_L1, PowerFixtures.minute(0), 230)),
            env.fromData(PowerFixtures.hourly(PowerFixtures.minute(0), 1.0)),
            env.fromData(PowerFixtures.meter()),
            MeterHarness.settings(Map.of("power.voltage.window", "15 min")))
        .print()
        .name("alarms");

    assertThat(operatorNames(env)).contains("15-min mean voltage per phase");
  }

  private static List<String> operatorNames(StreamExecutionEnvironment env) {
    return env.getStreamGraph().getStreamNodes().stream().map(StreamNode::getOperatorName).toList();
  }
}
