package io.meterflow.periodize.series;

import static io.meterflow.periodize.SeriesScenario.HOUR_0;
import static io.meterflow.periodize.SeriesScenario.HOUR_1;
import static io.meterflow.periodize.SeriesScenario.HOUR_2;
import static io.meterflow.periodize.SeriesScenario.HOUR_3;
import static io.meterflow.periodize.SeriesScenario.feed;
import static io.meterflow.periodize.SeriesScenario.feedHourly;
import static io.meterflow.periodize.SeriesScenario.harness;
import static io.meterflow.periodize.SeriesScenario.hour;
import static io.meterflow.periodize.SeriesScenario.hourOf;
import static io.meterflow.periodize.SeriesScenario.hourly;
import static io.meterflow.periodize.SeriesScenario.water;
import static io.meterflow.periodize.SeriesScenario.watermark;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalFlag;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.RegisterInfo;
import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.periodize.HarnessTest;
import io.meterflow.periodize.PeriodizeOptions;
import io.meterflow.periodize.SeriesScenario;
import io.meterflow.periodize.device.SeriesReading;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class SeriesPeriodizerHarnessTest extends HarnessTest {

  private SeriesPeriodizer periodizer = new SeriesPeriodizer(hourly());
  private KeyedOneInputStreamOperatorTestHarness<String, SeriesReading, IntervalConsumption>
      harness;

  @Test
  void shouldStateEachHourOnceTheWatermarkPassesItsEndAndAReadFollows() throws Exception {
    harness = opened(harness(periodizer));
    feedHourly(harness, 100.0, 101.0, 103.0);
    assertThat(harness.extractOutputValues()).isEmpty();

    watermark(harness, HOUR_1);
    assertThat(harness.extractOutputValues()).containsExactly(measured(HOUR_0, 100.0, 101.0));

    watermark(harness, hour(5));
    assertThat(harness.extractOutputValues())
        .containsExactly(measured(HOUR_0, 100.0, 101.0), measured(HOUR_1, 101.0, 103.0));
    assertThat(values(harness.getSideOutput(SeriesPeriodizer.ACCEPTED))).hasSize(3);
  }

  @Test
  void shouldStateTheSameIntervalsFromOutOfOrderReads() throws Exception {
    harness = opened(harness(periodizer));
    feed(harness, water(HOUR_2, 103.0));
    feed(harness, water(HOUR_0, 100.0));
    feed(harness, water(HOUR_1, 101.0));
    watermark(harness, HOUR_2);

    assertThat(harness.extractOutputValues())
        .containsExactly(measured(HOUR_0, 100.0, 101.0), measured(HOUR_1, 101.0, 103.0));
  }

  @Test
  void shouldDropAndCountAnExactDuplicate() throws Exception {
    harness = opened(harness(periodizer));
    feed(harness, water(HOUR_0, 100.0));
    feed(harness, water(HOUR_1, 101.0));
    feed(harness, water(HOUR_1, 101.0));
    feed(harness, water(HOUR_2, 103.0));
    watermark(harness, HOUR_2);

    assertThat(harness.extractOutputValues())
        .containsExactly(measured(HOUR_0, 100.0, 101.0), measured(HOUR_1, 101.0, 103.0));
    assertThat(values(harness.getSideOutput(SeriesPeriodizer.ACCEPTED))).hasSize(3);
    assertThat(periodizer.counts()).isEqualTo(new ReadingCounts(4, 3, 1, 0, 0, 0));
  }

  @Test
  void shouldRestateBothHoursAroundACorrectedReadWithVersion2AndCorrected() throws Exception {
    harness = opened(harness(periodizer));
    feedHourly(harness, 100.0, 101.0, 103.0);
    watermark(harness, HOUR_2);
    feed(harness, water(HOUR_1, 101.5));

    assertThat(harness.extractOutputValues())
        .containsExactly(
            measured(HOUR_0, 100.0, 101.0),
            measured(HOUR_1, 101.0, 103.0),
            hourOf(HOUR_0, 1.5)
                .setStartIndex(100.0)
                .setEndIndex(101.5)
                .setFlags(List.of(IntervalFlag.CORRECTED))
                .setVersion(2)
                .build(),
            hourOf(HOUR_1, 1.5)
                .setStartIndex(101.5)
                .setEndIndex(103.0)
                .setFlags(List.of(IntervalFlag.CORRECTED))
                .setVersion(2)
                .build());
    assertThat(values(harness.getSideOutput(SeriesPeriodizer.ACCEPTED)))
        .extracting(MeterReading::getValue)
        .containsExactly(100.0, 101.0, 103.0, 101.5);
    assertThat(periodizer.counts()).isEqualTo(new ReadingCounts(4, 4, 0, 0, 0, 1));
  }

  @Test
  void shouldMergeAReadingLateWithinTheAllowedLatenessAndRestateTheHourItChanges()
      throws Exception {
    harness = opened(harness(periodizer));
    feed(harness, water(HOUR_0, 100.0));
    feed(harness, water(HOUR_2, 103.0));
    watermark(harness, hour(1.5));
    feed(harness, water(HOUR_1, 101.0));
    watermark(harness, HOUR_2);

    assertThat(harness.extractOutputValues())
        .containsExactly(
            hourOf(HOUR_0, 1.5)
                .setStartIndex(100.0)
                .setEndIndex(101.5)
                .setQuality(IntervalQuality.INTERPOLATED)
                .build(),
            hourOf(HOUR_0, 1.0).setStartIndex(100.0).setEndIndex(101.0).setVersion(2).build(),
            measured(HOUR_1, 101.0, 103.0));
    assertThat(harness.getSideOutput(SeriesPeriodizer.LATE)).isNull();
  }

  @Test
  void shouldSendAReadingBeyondTheAllowedLatenessToTheLateOutputOnly() throws Exception {
    periodizer =
        new SeriesPeriodizer(
            SeriesScenario.settings(
                c -> {
                  c.set(PeriodizeOptions.RESOLUTIONS, List.of("PT1H"));
                  c.set(PeriodizeOptions.ALLOWED_LATENESS, Duration.ofHours(2));
                }));
    harness = opened(harness(periodizer));
    feed(harness, water(HOUR_0, 100.0));
    feed(harness, water(HOUR_3, 103.0));
    watermark(harness, hour(4));
    SeriesReading tooLate = water(hour(1.5), 101.5);
    feed(harness, tooLate);
    // Exactly the allowed lateness behind the watermark: still merged.
    feed(harness, water(HOUR_2, 102.0));

    assertThat(harness.extractOutputValues())
        .containsExactly(
            interpolated(HOUR_0, 100.0, 101.0, 1),
            interpolated(HOUR_1, 101.0, 102.0, 0),
            interpolated(HOUR_2, 102.0, 103.0, 0),
            // Only the hour whose statement changed is restated: now fixed by reads at both ends.
            hourOf(HOUR_2, 1.0).setStartIndex(102.0).setEndIndex(103.0).setVersion(2).build());
    assertThat(values(harness.getSideOutput(SeriesPeriodizer.LATE)))
        .containsExactly(tooLate.reading);
    assertThat(periodizer.counts()).isEqualTo(new ReadingCounts(4, 3, 0, 1, 0, 0));
  }

  @Test
  void shouldUnwrapARolloverAtTheDigitLimit() throws Exception {
    harness = opened(harness(periodizer));
    feed(harness, withDigits(HOUR_0, 99_999.0, 5));
    feed(harness, withDigits(HOUR_1, 1.0, 5));
    feed(harness, withDigits(HOUR_2, 3.0, 5));
    watermark(harness, HOUR_2);

    assertThat(harness.extractOutputValues())
        .containsExactly(
            hourOf(HOUR_0, 2.0)
                .setStartIndex(99_999.0)
                .setEndIndex(1.0)
                .setFlags(List.of(IntervalFlag.ROLLOVER))
                .build(),
            measured(HOUR_1, 1.0, 3.0));
  }

  @Test
  void shouldStateTheHourAcrossAResetAsInvalidAndStartANewBaseline() throws Exception {
    harness = opened(harness(periodizer));
    feedHourly(harness, 500.0, 501.0, 3.0, 4.0);
    watermark(harness, HOUR_3);

    assertThat(harness.extractOutputValues())
        .containsExactly(
            measured(HOUR_0, 500.0, 501.0),
            invalid(HOUR_1, 501.0, 3.0),
            measured(HOUR_2, 3.0, 4.0));
  }

  @Test
  void shouldTreatTheKnownReplacementTimeAsAResetEvenWhenTheIndexRises() throws Exception {
    harness = opened(harness(periodizer));
    var replaced = SeriesScenario.waterMeter();
    replaced.setReplacementTime(hour(1.5));
    for (double h = 0; h <= 3; h++) {
      feed(
          harness,
          SeriesScenario.enriched(
              ContractFixtures.waterIndex(hour(h), 500.0 + h).build(), replaced));
    }
    watermark(harness, HOUR_3);

    assertThat(harness.extractOutputValues())
        .containsExactly(
            measured(HOUR_0, 500.0, 501.0),
            invalid(HOUR_1, 501.0, 502.0),
            measured(HOUR_2, 502.0, 503.0));
  }

  @Test
  void shouldKeepADecreaseWithinToleranceAsANegativeConsumption() throws Exception {
    harness = opened(harness(periodizer));
    feedHourly(harness, 100.0, 99.998, 100.001);
    watermark(harness, HOUR_2);

    assertThat(harness.extractOutputValues())
        .containsExactly(
            hourOf(HOUR_0, 99.998 - 100.0)
                .setStartIndex(100.0)
                .setEndIndex(99.998)
                .setFlags(List.of(IntervalFlag.NEGATIVE))
                .build(),
            hourOf(HOUR_1, 100.001 - 99.998).setStartIndex(99.998).setEndIndex(100.001).build());
  }

  @Test
  void shouldInterpolateAGapUpToTheLimitAndEstimateALongerOne() throws Exception {
    harness = opened(harness(periodizer));
    feed(harness, water(HOUR_0, 100.0));
    feed(harness, water(hour(4), 104.0));
    feed(harness, water(hour(12), 112.0));
    watermark(harness, hour(12));

    List<IntervalConsumption> expected = new java.util.ArrayList<>();
    for (int h = 0; h < 4; h++) {
      expected.add(interpolated(hour(h), 100.0 + h, 101.0 + h, h == 0 ? 1 : 0));
    }
    for (int h = 4; h < 12; h++) {
      expected.add(
          hourOf(hour(h), 1.0)
              .setStartIndex(100.0 + h)
              .setEndIndex(101.0 + h)
              .setReadingCount(h == 4 ? 1 : 0)
              .setQuality(IntervalQuality.ESTIMATED)
              .setFlags(List.of(IntervalFlag.GAP))
              .build());
    }
    assertThat(harness.extractOutputValues()).containsExactlyElementsOf(expected);
  }

  @Test
  void shouldStateMadridDstDaysOf23And25Hours() throws Exception {
    periodizer =
        new SeriesPeriodizer(
            SeriesScenario.settings(c -> c.set(PeriodizeOptions.RESOLUTIONS, List.of("P1D"))));
    harness = opened(harness(periodizer));
    feed(harness, water(Instant.parse("2024-03-29T23:00:00Z"), 10.0));
    feed(harness, water(Instant.parse("2024-03-30T23:00:00Z"), 11.0));
    feed(harness, water(Instant.parse("2024-03-31T22:00:00Z"), 12.5));
    feed(harness, water(Instant.parse("2024-10-26T22:00:00Z"), 20.0));
    feed(harness, water(Instant.parse("2024-10-27T23:00:00Z"), 22.0));
    watermark(harness, Instant.parse("2024-11-01T00:00:00Z"));

    assertThat(harness.extractOutputValues())
        .filteredOn(i -> i.getQuality() == IntervalQuality.MEASURED)
        .containsExactly(
            day("2024-03-29T23:00:00Z", "2024-03-30T23:00:00Z", 10.0, 11.0, List.of()),
            day(
                "2024-03-30T23:00:00Z",
                "2024-03-31T22:00:00Z",
                11.0,
                12.5,
                List.of(IntervalFlag.DST_TRANSITION)),
            day(
                "2024-10-26T22:00:00Z",
                "2024-10-27T23:00:00Z",
                20.0,
                22.0,
                List.of(IntervalFlag.DST_TRANSITION)));
  }

  @Test
  void shouldSumIntervalDeltasWithCompleteness() throws Exception {
    harness = opened(harness(periodizer));
    for (int quarter = 1; quarter <= 4; quarter++) {
      feed(harness, delta(hour(quarter * 0.25), 0.25));
    }
    feed(harness, delta(hour(1.25), 0.5));
    feed(harness, delta(hour(1.5), 0.5));
    feed(harness, delta(HOUR_2, 0.5));
    watermark(harness, HOUR_2);

    assertThat(harness.extractOutputValues())
        .containsExactly(
            energy(HOUR_0, 1.0).setReadingCount(4).setCompleteness(1.0).build(),
            energy(HOUR_1, 1.5)
                .setReadingCount(3)
                .setCompleteness(0.75)
                .setQuality(IntervalQuality.ESTIMATED)
                .setFlags(List.of(IntervalFlag.INCOMPLETE))
                .build());
  }

  @Test
  void shouldSummariseInstantValuesAsMinMeanAndMax() throws Exception {
    harness = opened(harness(periodizer));
    feed(harness, voltage(HOUR_0, 230.0));
    feed(harness, voltage(hour(1.0 / 3), 232.0));
    feed(harness, voltage(hour(2.0 / 3), 228.0));
    watermark(harness, HOUR_1);

    assertThat(harness.extractOutputValues())
        .containsExactly(
            ContractFixtures.interval(Register.VOLTAGE_L1, HOUR_0, Duration.ofHours(1), 230.0)
                .setMinValue(228.0)
                .setMaxValue(232.0)
                .setReadingCount(3)
                .build());
  }

  @Test
  void shouldLeaveNoStateAndNoTimerOnceTheSeriesAgesOut() throws Exception {
    periodizer =
        new SeriesPeriodizer(
            SeriesScenario.settings(
                c -> {
                  c.set(PeriodizeOptions.RESOLUTIONS, List.of("PT15M", "PT1H", "P1D"));
                  c.set(PeriodizeOptions.ALLOWED_LATENESS, Duration.ofHours(2));
                  c.set(PeriodizeOptions.BASELINE_RETENTION, Duration.ofHours(6));
                }));
    harness = opened(harness(periodizer));
    for (int quarter = 0; quarter <= 8; quarter++) {
      feed(harness, water(hour(quarter * 0.25), 100.0 + quarter));
      watermark(harness, hour(quarter * 0.25));
    }
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);

    watermark(harness, hour(8));
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(harness.extractOutputValues())
        .extracting(IntervalConsumption::getResolution)
        .containsOnly("PT15M", "PT1H")
        .hasSize(8 + 2);
  }

  @Test
  void shouldRejectAReadingWhoseKindConflictsWithTheSeries() throws Exception {
    harness = opened(harness(periodizer));
    feed(harness, water(HOUR_0, 100.0));
    feed(harness, SeriesScenario.ofKind(Register.WATER_VOLUME, ReadingKind.INSTANT, HOUR_1, 0.5));
    feed(harness, water(HOUR_1, Double.NaN));

    assertThat(values(harness.getSideOutput(SeriesPeriodizer.REJECTED)))
        .extracting(r -> r.getReason())
        .containsExactly(RejectReason.INVALID_FIELD, RejectReason.NON_FINITE_VALUE);
    assertThat(periodizer.counts()).isEqualTo(new ReadingCounts(3, 1, 0, 0, 2, 0));
  }

  private static IntervalConsumption measured(Instant start, double from, double to) {
    return hourOf(start, to - from).setStartIndex(from).setEndIndex(to).build();
  }

  private static IntervalConsumption interpolated(
      Instant start, double from, double to, int readings) {
    return hourOf(start, to - from)
        .setStartIndex(from)
        .setEndIndex(to)
        .setReadingCount(readings)
        .setQuality(IntervalQuality.INTERPOLATED)
        .build();
  }

  private static IntervalConsumption invalid(Instant start, double from, double to) {
    return hourOf(start, 0.0)
        .setStartIndex(from)
        .setEndIndex(to)
        .setQuality(IntervalQuality.INVALID)
        .setFlags(List.of(IntervalFlag.METER_RESET))
        .build();
  }

  private static IntervalConsumption day(
      String start, String end, double from, double to, List<IntervalFlag> flags) {
    return ContractFixtures.interval(
            Register.WATER_VOLUME, Instant.parse(start), Duration.ofDays(1), to - from)
        .setResolution("P1D")
        .setIntervalEnd(Instant.parse(end))
        .setStartIndex(from)
        .setEndIndex(to)
        .setReadingCount(1)
        .setFlags(flags)
        .build();
  }

  private static IntervalConsumption.Builder energy(Instant start, double kilowattHours) {
    return ContractFixtures.interval(
        Register.ELECTRICITY_IMPORT_ENERGY, start, Duration.ofHours(1), kilowattHours);
  }

  private static SeriesReading withDigits(Instant time, double index, int digits) {
    return SeriesScenario.enriched(
        ContractFixtures.waterIndex(time, index).build(),
        ContractFixtures.waterMeter()
            .setRegisters(List.of(new RegisterInfo(Register.WATER_VOLUME, digits)))
            .build());
  }

  private static SeriesReading delta(Instant time, double kilowattHours) {
    return SeriesScenario.ofKind(
        Register.ELECTRICITY_IMPORT_ENERGY, ReadingKind.INTERVAL, time, kilowattHours);
  }

  private static SeriesReading voltage(Instant time, double volts) {
    return SeriesScenario.ofKind(Register.VOLTAGE_L1, ReadingKind.INSTANT, time, volts);
  }

  private static <T> List<T> values(java.util.Collection<StreamRecord<T>> records) {
    return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
  }
}
