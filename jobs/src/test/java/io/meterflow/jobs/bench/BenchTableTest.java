package io.meterflow.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchTableTest {

  @Test
  void shouldAlignTheTableAndEndWithOneBenchLinePerFigure() {
    String table =
        BenchTable.render(
            List.of(
                new BenchFigure(
                    "periodize.p1.hashmap.10000.throughput", 123456.7, "records/s", 1.5),
                new BenchFigure("jmh.AvroCodecBenchmark.decode", 12.3456, "ops/s", 0.25)));

    String n = System.lineSeparator();
    assertThat(table)
        .isEqualTo(
            "figure                                  value  unit       load1"
                + n
                + "periodize.p1.hashmap.10000.throughput  123457  records/s  1.50"
                + n
                + "jmh.AvroCodecBenchmark.decode          12.346  ops/s      0.25"
                + n
                + n
                + "BENCH periodize.p1.hashmap.10000.throughput 123457 records/s"
                + n
                + "BENCH jmh.AvroCodecBenchmark.decode 12.346 ops/s"
                + n);
  }

  @Test
  void shouldNameTheFiguresOfATopologyRunPerCoreAndPerSeriesAtEachMarkAndAtTheEnd() {
    TopologySetup setup =
        new TopologySetup(
            new PeriodizeBench(),
            1000,
            2,
            "rocksdb",
            new RunLength(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(1)));
    StateSample atSixAndTwelve = new StateSample(13.5, 400_000, 300_000);
    StateSample end = new StateSample(30.0, 900_000, 600_000);
    Map<Duration, StateSample> atMarks = new LinkedHashMap<>();
    atMarks.put(Duration.ofHours(6), atSixAndTwelve);
    atMarks.put(Duration.ofHours(12), atSixAndTwelve);
    atMarks.put(Duration.ofHours(24), end);
    TopologyFigures run = new TopologyFigures(setup, 50_000, atMarks, end, 0.75);

    assertThat(BenchFigure.of(run))
        .containsExactly(
            new BenchFigure("periodize.p2.rocksdb.1000.throughput", 50_000, "records/s", 0.75),
            new BenchFigure(
                "periodize.p2.rocksdb.1000.throughput_per_core", 25_000, "records/s/core", 0.75),
            new BenchFigure("periodize.p2.rocksdb.1000.state_per_series.at_6h", 400, "bytes", 0.75),
            new BenchFigure("periodize.p2.rocksdb.1000.history.at_6h", 13.5, "hours", 0.75),
            new BenchFigure(
                "periodize.p2.rocksdb.1000.state_per_series.at_12h", 400, "bytes", 0.75),
            new BenchFigure("periodize.p2.rocksdb.1000.history.at_12h", 13.5, "hours", 0.75),
            new BenchFigure(
                "periodize.p2.rocksdb.1000.state_per_series.at_24h", 900, "bytes", 0.75),
            new BenchFigure("periodize.p2.rocksdb.1000.history.at_24h", 30.0, "hours", 0.75),
            new BenchFigure("periodize.p2.rocksdb.1000.state_per_series", 900, "bytes", 0.75),
            new BenchFigure(
                "periodize.p2.rocksdb.1000.periodizer_state_per_series", 600, "bytes", 0.75),
            new BenchFigure("periodize.p2.rocksdb.1000.history", 30.0, "hours", 0.75));
  }

  @Test
  void shouldRefuseANameWithASpaceSinceScriptsSplitBenchLinesOnSpaces() {
    assertThatThrownBy(() -> new BenchFigure("two words", 1, "ops/s", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'two words'");
  }
}
