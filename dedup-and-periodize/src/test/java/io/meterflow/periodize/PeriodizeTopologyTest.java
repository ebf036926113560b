package io.meterflow.periodize;

import static io.meterflow.contracts.testing.ContractFixtures.BEGINNING;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.testing.ContractFixtures;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.transformations.OneInputTransformation;
import org.apache.flink.streaming.api.transformations.TimestampsAndWatermarksTransformation;
import org.apache.flink.streaming.api.transformations.TwoInputTransformation;
import org.junit.jupiter.api.Test;

class PeriodizeTopologyTest {

  @Test
  void shouldTakeTheEventTimeFromTheReadingTime() {
    MeterReading reading = ContractFixtures.waterIndex(BEGINNING, 1.0).build();

    long timestamp =
        PeriodizeTopology.watermarkStrategy(PeriodizeSettings.defaults())
            .createTimestampAssigner(null)
            .extractTimestamp(reading, 0L);

    assertThat(timestamp).isEqualTo(BEGINNING.toEpochMilli());
  }

  @Test
  void shouldGiveEveryOperatorAStableUidAndAName() {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    PeriodizeOutputs outputs =
        PeriodizeTopology.build(
            env.fromData(
                List.of(ContractFixtures.waterIndex(BEGINNING, 1.0).build()),
                TypeInformation.of(MeterReading.class)),
            env.fromData(
                List.of(ContractFixtures.waterMeter().build()),
                TypeInformation.of(DeviceInfo.class)),
            PeriodizeSettings.defaults(),
            WatermarkPlacement.IN_TOPOLOGY);

    Set<String> uids = new HashSet<>();
    Deque<Transformation<?>> pending =
        new ArrayDeque<>(
            List.of(
                outputs.accepted().getTransformation(),
                outputs.late().getTransformation(),
                outputs.rejected().getTransformation(),
                outputs.intervals().getTransformation(),
                outputs.aggregates().getTransformation()));
    while (!pending.isEmpty()) {
      Transformation<?> transformation = pending.pop();
      boolean operator =
          transformation instanceof OneInputTransformation
              || transformation instanceof TwoInputTransformation
              || transformation instanceof TimestampsAndWatermarksTransformation;
      if (operator && uids.add(transformation.getUid())) {
        assertThat(transformation.getUid()).as(transformation.toString()).startsWith("periodize-");
        assertThat(transformation.getName()).as(transformation.getUid()).isNotBlank();
      }
      pending.addAll(transformation.getInputs());
    }
    assertThat(uids)
        .containsExactlyInAnyOrder(
            "periodize-reading-watermarks",
            "periodize-device-watermarks",
            "periodize-device-context",
            "periodize-series",
            "periodize-aggregates");
  }
}
