package io.meterflow.periodize;

import static io.meterflow.contracts.testing.ContractFixtures.BEGINNING;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.periodize.device.SeriesReading;
import io.meterflow.periodize.series.SeriesPeriodizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/** Named instants, builders and a harness for the scenarios of one series. */
public final class SeriesScenario {

  public static final Instant HOUR_0 = BEGINNING;
  public static final Instant HOUR_1 = hour(1);
  public static final Instant HOUR_2 = hour(2);
  public static final Instant HOUR_3 = hour(3);

  private SeriesScenario() {}

  public static Instant hour(double hours) {
    return BEGINNING.plus(Duration.ofMinutes(Math.round(hours * 60)));
  }

  /** Settings with the defaults but for what the scenario changes. */
  public static PeriodizeSettings settings(Consumer<Configuration> changes) {
    Configuration config = new Configuration();
    changes.accept(config);
    return PeriodizeSettings.from(config);
  }

  /** Hourly intervals only, so each scenario states few intervals. */
  public static PeriodizeSettings hourly() {
    return settings(c -> c.set(PeriodizeOptions.RESOLUTIONS, List.of("PT1H")));
  }

  public static DeviceInfo waterMeter() {
    return ContractFixtures.waterMeter().build();
  }

  /** A water index read, with the water meter's master data. */
  public static SeriesReading water(Instant time, double cubicMetres) {
    return SeriesReading.of(ContractFixtures.waterIndex(time, cubicMetres).build(), waterMeter());
  }

  public static SeriesReading enriched(MeterReading reading, DeviceInfo device) {
    return SeriesReading.of(reading, device);
  }

  public static SeriesReading ofKind(
      Register register, ReadingKind kind, Instant time, double value) {
    return SeriesReading.of(
        ContractFixtures.reading(register, time, value).setKind(kind).build(), waterMeter());
  }

  /** The expected statement of an hourly water interval, to be completed by the scenario. */
  public static IntervalConsumption.Builder hourOf(Instant start, double consumption) {
    return ContractFixtures.hourlyWater(start, consumption).setReadingCount(1);
  }

  /** The series operator in a keyed harness, not opened yet. */
  public static KeyedOneInputStreamOperatorTestHarness<String, SeriesReading, IntervalConsumption>
      harness(SeriesPeriodizer periodizer) throws Exception {
    KeyedOneInputStreamOperatorTestHarness<String, SeriesReading, IntervalConsumption> harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(periodizer), SeriesReading::seriesKey, Types.STRING);
    return harness;
  }

  /** Feeds a reading with its reading time as timestamp. */
  public static void feed(
      KeyedOneInputStreamOperatorTestHarness<String, SeriesReading, IntervalConsumption> harness,
      SeriesReading reading)
      throws Exception {
    harness.processElement(
        new StreamRecord<>(reading, reading.reading.getReadingTime().toEpochMilli()));
  }

  /** Feeds water index reads on the hour, from HOUR_0 on, one per value. */
  public static void feedHourly(
      KeyedOneInputStreamOperatorTestHarness<String, SeriesReading, IntervalConsumption> harness,
      double... indexes)
      throws Exception {
    for (int h = 0; h < indexes.length; h++) {
      feed(harness, water(hour(h), indexes[h]));
    }
  }

  public static void watermark(
      KeyedOneInputStreamOperatorTestHarness<String, SeriesReading, IntervalConsumption> harness,
      Instant time)
      throws Exception {
    harness.processWatermark(time.toEpochMilli());
  }
}
