package io.meterflow.periodize.aggregate;

import static io.meterflow.contracts.testing.ContractFixtures.AREA;
import static io.meterflow.contracts.testing.ContractFixtures.TENANT;
import static io.meterflow.periodize.SeriesScenario.HOUR_0;
import static io.meterflow.periodize.SeriesScenario.HOUR_1;
import static io.meterflow.periodize.SeriesScenario.hour;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AggregateScope;
import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.ConsumptionAggregate;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.Register;
import io.meterflow.periodize.HarnessTest;
import io.meterflow.periodize.PeriodizeOptions;
import io.meterflow.periodize.SeriesScenario;
import io.meterflow.periodize.statement.IntervalStatement;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class ConsumptionAggregatorHarnessTest extends HarnessTest {

  private final ConsumptionAggregator aggregator =
      new ConsumptionAggregator(
          SeriesScenario.settings(
              c -> {
                c.set(PeriodizeOptions.ALLOWED_LATENESS, Duration.ofHours(2));
                c.set(PeriodizeOptions.AGGREGATE_DELAY, Duration.ofMinutes(15));
              }));

  private KeyedOneInputStreamOperatorTestHarness<
          String, AggregateContribution, ConsumptionAggregate>
      harness;

  @Test
  void shouldStateAnAreaHourAfterTheDelayAndRestateItWithAHigherVersion() throws Exception {
    harness = opened(harness());
    harness.processElement(change(null, statement(1.0, IntervalQuality.MEASURED)), 0L);
    harness.processElement(change(null, statement(2.0, IntervalQuality.ESTIMATED)), 0L);
    harness.processWatermark(hour(1.2).toEpochMilli());
    assertThat(harness.extractOutputValues()).isEmpty();

    harness.processWatermark(hour(1.25).toEpochMilli());
    // A late meter, and a restatement of the estimated one as measured.
    harness.processElement(change(null, statement(0.5, IntervalQuality.MEASURED)), 0L);
    harness.processElement(
        change(statement(2.0, IntervalQuality.ESTIMATED), statement(1.5, IntervalQuality.MEASURED)),
        0L);
    harness.processWatermark(hour(1.5).toEpochMilli());

    assertThat(harness.extractOutputValues())
        .containsExactly(aggregate(3.0, 2, 1, 1), aggregate(3.0, 3, 0, 2));
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);

    harness.processWatermark(hour(3.25).toEpochMilli());
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();

    harness.processElement(change(null, statement(9.0, IntervalQuality.MEASURED)), 0L);
    assertThat(harness.extractOutputValues()).hasSize(2);
    assertThat(aggregator.contributionsTooLate()).isEqualTo(1);
    assertThat(harness.numKeyedStateEntries()).isZero();
  }

  @Test
  void shouldNotContributeAnUnchangedOrInvalidStatement() {
    IntervalStatement measured = statement(1.0, IntervalQuality.MEASURED);
    assertThat(change(measured, measured)).isNull();
    assertThat(change(null, statement(0.0, IntervalQuality.INVALID))).isNull();
    AggregateContribution invalidated = change(measured, statement(0.0, IntervalQuality.INVALID));
    assertThat(invalidated.consumption).isEqualTo(-1.0);
    assertThat(invalidated.meters).isEqualTo(-1);
  }

  private KeyedOneInputStreamOperatorTestHarness<
          String, AggregateContribution, ConsumptionAggregate>
      harness() throws Exception {
    KeyedOneInputStreamOperatorTestHarness<String, AggregateContribution, ConsumptionAggregate>
        harness =
            new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(aggregator),
                AggregateContribution::aggregateKey,
                Types.STRING);
    return harness;
  }

  private static IntervalStatement statement(double consumption, IntervalQuality quality) {
    return new IntervalStatement(
        HOUR_0.toEpochMilli(),
        HOUR_1.toEpochMilli(),
        consumption,
        null,
        null,
        null,
        null,
        1,
        null,
        quality,
        0);
  }

  private static AggregateContribution change(IntervalStatement previous, IntervalStatement next) {
    return AggregateContribution.between(
        AggregateScope.AREA_HOUR,
        TENANT,
        AREA,
        Register.WATER_VOLUME,
        CanonicalUnit.M3,
        previous,
        next);
  }

  private static ConsumptionAggregate aggregate(
      double consumption, int meters, int estimated, int version) {
    return ConsumptionAggregate.newBuilder()
        .setTenant(TENANT)
        .setScope(AggregateScope.AREA_HOUR)
        .setAreaId(AREA)
        .setRegister(Register.WATER_VOLUME)
        .setPeriodStart(HOUR_0)
        .setPeriodEnd(HOUR_1)
        .setConsumption(consumption)
        .setUnit(CanonicalUnit.M3)
        .setMeterCount(meters)
        .setEstimatedMeterCount(estimated)
        .setVersion(version)
        .build();
  }
}
