package io.meterflow.periodize.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.periodize.PeriodizeSettings;
import io.meterflow.periodize.SeriesScenario;
import io.meterflow.periodize.aggregate.AggregateContribution;
import java.util.Random;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * The state a 15-minute water series keeps with the default settings (48 h lateness, PT15M, PT1H
 * and P1D) stays well under a kilobyte once it has run for days: it holds about two to three days
 * of reads, compactly encoded, and nothing per interval.
 */
class SeriesStateSizeTest {

  private static final long QUARTER = 900_000L;
  private static final int DAYS = 7;

  @Test
  void shouldKeepAQuarterHourSeriesWellUnderOneKilobyte() throws Exception {
    PeriodizeSettings settings = PeriodizeSettings.defaults();
    SeriesPeriodization periodization = new SeriesPeriodization(settings);
    SeriesKey key =
        new SeriesKey(ContractFixtures.TENANT, ContractFixtures.METER, Register.WATER_VOLUME);
    OpenSeries series = OpenSeries.start(ReadingKind.CUMULATIVE);
    series.useMasterData(SeriesScenario.water(ContractFixtures.BEGINNING, 0));
    TypeSerializer<SeriesState> serializer =
        TypeInformation.of(SeriesState.class).createSerializer(new SerializerConfigImpl());
    StatementSink discard =
        new StatementSink() {
          @Override
          public void interval(IntervalConsumption interval) {}

          @Override
          public void contribution(AggregateContribution contribution) {}
        };
    Random random = new Random(11);
    long start = ContractFixtures.BEGINNING.toEpochMilli();
    double litres = 68_321;
    int largest = 0;
    for (int i = 0; i < DAYS * 96; i++) {
      long time = start + i * QUARTER;
      litres += random.nextInt(40);
      periodization.accept(series, key, time, litres / 1000, discard);
      periodization.advance(series, key, time - settings.outOfOrderness().toMillis(), discard);
      if (i >= 3 * 96) {
        DataOutputSerializer out = new DataOutputSerializer(1024);
        serializer.serialize(series.toState(), out);
        largest = Math.max(largest, out.length());
      }
    }

    System.out.println("Largest serialized state of a 15-minute series: " + largest + " bytes");
    assertThat(largest).isLessThan(1024);
  }
}
