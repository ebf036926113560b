package io.meterflow.periodize;

import static io.meterflow.contracts.testing.ContractFixtures.AREA;
import static io.meterflow.contracts.testing.ContractFixtures.BEGINNING;
import static io.meterflow.contracts.testing.ContractFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AggregateScope;
import io.meterflow.contracts.ConsumptionAggregate;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.testing.ContractFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole topology on a mini cluster, with generic (Kryo) types disabled: two meters of one area
 * read hourly for two days, one reading sent twice and one out of order.
 */
class PeriodizeTopologyMiniClusterTest {

  @RegisterExtension
  static final MiniClusterExtension MINI_CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final int HOURS = 48;
  private static final Instant MADRID_DAY_1 = Instant.parse("2024-01-14T23:00:00Z");

  @Test
  void shouldStateIntervalsAndAggregatesOfAnAreaInBatchMode() throws Exception {
    Outputs out = run(RuntimeExecutionMode.BATCH);

    assertThat(out.accepted).hasSize(2 * (HOURS + 1));
    assertThat(out.late).isEmpty();
    Map<String, Long> perResolution =
        out.intervals.stream()
            .collect(Collectors.groupingBy(i -> i.getResolution(), Collectors.counting()));
    assertThat(perResolution)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("PT15M", 2L * HOURS * 4, "PT1H", 2L * HOURS, "P1D", 2L));
    assertThat(out.intervals).extracting(IntervalConsumption::getVersion).containsOnly(1);

    List<ConsumptionAggregate> hours =
        out.aggregates.stream().filter(a -> a.getScope() == AggregateScope.AREA_HOUR).toList();
    assertThat(hours).hasSize(HOURS);
    for (int h = 0; h < HOURS; h++) {
      Instant start = BEGINNING.plus(Duration.ofHours(h));
      double expected = (meterOne(h + 1) - meterOne(h)) + (meterTwo(h + 1) - meterTwo(h));
      assertThat(hours)
          .filteredOn(a -> a.getPeriodStart().equals(start))
          .singleElement()
          .isEqualTo(
              aggregate(AggregateScope.AREA_HOUR, AREA, start, start.plus(Duration.ofHours(1)))
                  .setConsumption(expected)
                  .build());
    }
    assertThat(out.aggregates)
        .filteredOn(a -> a.getScope() == AggregateScope.TENANT_DAY)
        // The first Madrid day began an hour before the first read: it cannot be stated.
        .containsExactly(
            aggregate(
                    AggregateScope.TENANT_DAY,
                    null,
                    MADRID_DAY_1.plus(Duration.ofDays(1)),
                    MADRID_DAY_1.plus(Duration.ofDays(2)))
                .setConsumption(dayConsumption(23))
                .build());
  }

  @Test
  void shouldStateTheSameIntervalsInStreamingMode() throws Exception {
    Outputs streaming = run(RuntimeExecutionMode.STREAMING);
    Outputs batch = run(RuntimeExecutionMode.BATCH);

    assertThat(streaming.intervals).containsExactlyInAnyOrderElementsOf(batch.intervals);
    assertThat(streaming.intervals)
        .filteredOn(i -> i.getResolution().equals("PT1H"))
        .extracting(IntervalConsumption::getQuality)
        .containsOnly(IntervalQuality.MEASURED);
    assertThat(streaming.aggregates)
        .filteredOn(a -> a.getScope() == AggregateScope.TENANT_DAY)
        .containsExactlyInAnyOrderElementsOf(
            batch.aggregates.stream()
                .filter(a -> a.getScope() == AggregateScope.TENANT_DAY)
                .toList());
  }

  private static Outputs run(RuntimeExecutionMode mode) throws Exception {
    Configuration config = new Configuration();
    config.set(PipelineOptions.GENERIC_TYPES, false);
    config.set(ExecutionOptions.RUNTIME_MODE, mode);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
    env.setParallelism(2);
    PeriodizeSettings settings =
        SeriesScenario.settings(
            c -> c.set(PeriodizeOptions.DEFAULT_TIMEZONE, ContractFixtures.ZONE));

    PeriodizeOutputs outputs =
        PeriodizeTopology.build(
            env.fromData(readings(), TypeInformation.of(MeterReading.class)),
            env.fromData(devices(), TypeInformation.of(DeviceInfo.class)),
            settings,
            WatermarkPlacement.IN_TOPOLOGY);
    CloseableIterator<MeterReading> accepted = outputs.accepted().collectAsync();
    CloseableIterator<MeterReading> late = outputs.late().collectAsync();
    CloseableIterator<IntervalConsumption> intervals = outputs.intervals().collectAsync();
    CloseableIterator<ConsumptionAggregate> aggregates = outputs.aggregates().collectAsync();
    env.execute("periodize-" + mode);
    return new Outputs(drain(accepted), drain(late), drain(intervals), drain(aggregates));
  }

  private static List<MeterReading> readings() {
    List<MeterReading> readings = new ArrayList<>();
    for (int h = 0; h <= HOURS; h++) {
      Instant time = BEGINNING.plus(Duration.ofHours(h));
      readings.add(ContractFixtures.waterIndex(time, meterOne(h)).build());
      readings.add(ContractFixtures.waterIndex(time, meterTwo(h)).setMeterId("meter-2").build());
    }
    // The reading of hour 10 of meter-2 again, and hour 20 of meter-1 out of order.
    readings.add(readings.get(21));
    readings.add(readings.remove(40));
    return readings;
  }

  private static List<DeviceInfo> devices() {
    return List.of(
        ContractFixtures.waterMeter().build(),
        ContractFixtures.waterMeter().setMeterId("meter-2").build());
  }

  private static double meterOne(int hour) {
    return 100.0 + hour * 0.01;
  }

  private static double meterTwo(int hour) {
    return 200.0 + hour * 0.02;
  }

  /** Both meters from the hour (relative to BEGINNING) a Madrid day starts to the next. */
  private static double dayConsumption(int startHour) {
    double oneStart = meterOne(startHour);
    double twoStart = meterTwo(startHour);
    return (meterOne(startHour + 24) - oneStart) + (meterTwo(startHour + 24) - twoStart);
  }

  private static ConsumptionAggregate.Builder aggregate(
      AggregateScope scope, String area, Instant start, Instant end) {
    return ConsumptionAggregate.newBuilder()
        .setTenant(TENANT)
        .setScope(scope)
        .setAreaId(area)
        .setRegister(io.meterflow.contracts.Register.WATER_VOLUME)
        .setPeriodStart(start)
        .setPeriodEnd(end)
        .setConsumption(0)
        .setUnit(io.meterflow.contracts.CanonicalUnit.M3)
        .setMeterCount(2)
        .setEstimatedMeterCount(0)
        .setVersion(1);
  }

  private static <T> List<T> drain(CloseableIterator<T> iterator) throws Exception {
    List<T> all = new ArrayList<>();
    try (iterator) {
      iterator.forEachRemaining(all::add);
    }
    return all;
  }

  private record Outputs(
      List<MeterReading> accepted,
      List<MeterReading> late,
      List<IntervalConsumption> intervals,
      List<ConsumptionAggregate> aggregates) {}
}
