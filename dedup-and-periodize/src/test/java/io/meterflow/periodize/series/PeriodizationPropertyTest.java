package io.meterflow.periodize.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.periodize.PeriodizeOptions;
import io.meterflow.periodize.SeriesScenario;
import io.meterflow.periodize.device.SeriesReading;
import io.meterflow.periodize.grid.IntervalGrid;
import io.meterflow.periodize.grid.Resolution;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * For random read sequences (random times and gaps, decreases within tolerance, duplicates,
 * disorder within the allowed lateness): the latest statement of every interval conserves
 * consumption, and it does not depend on the order the reads arrived in.
 */
class PeriodizationPropertyTest {

  private static final int ITERATIONS = 120;
  private static final long MINUTE = 60_000L;
  private static final long OUT_OF_ORDERNESS = 30 * MINUTE;
  private static final long MAX_DELAY = 24 * 60 * MINUTE;
  private static final List<String> RESOLUTIONS = List.of("PT15M", "PT1H", "P1D");
  private static final ZoneId MADRID =
      ZoneId.of(io.meterflow.contracts.testing.ContractFixtures.ZONE);
  private static final Instant[] STARTS = {
    Instant.parse("2024-01-15T00:00:00Z"),
    Instant.parse("2024-03-29T17:00:00Z"),
    Instant.parse("2024-10-25T09:00:00Z")
  };

  @Test
  void shouldConserveConsumptionAndIgnoreArrivalOrder() throws Exception {
    for (int seed = 0; seed < ITERATIONS; seed++) {
      Random random = new Random(seed);
      List<Read> reads = randomReads(random);
      Run inOrder = run(reads, reads);
      List<Read> disordered = disorder(reads, random);
      Run shuffled = run(reads, disordered);

      String scenario = "seed " + seed;
      assertThat(inOrder.versions())
          .as(scenario + ": in order, one statement per interval")
          .containsOnly(1);
      assertThat(shuffled.latestWithoutVersion())
          .as(scenario + ": latest statements independent of arrival order")
          .isEqualTo(inOrder.latestWithoutVersion());
      assertThat(shuffled.counts.duplicates())
          .as(scenario)
          .isEqualTo(disordered.size() - reads.size());
      assertThat(shuffled.counts.late()).as(scenario).isZero();
      assertThat(shuffled.counts.addUp()).as(scenario).isTrue();
      for (String resolution : RESOLUTIONS) {
        assertConserved(scenario + " " + resolution, reads, resolution, shuffled.latest);
      }
    }
  }

  private static void assertConserved(
      String scenario,
      List<Read> reads,
      String resolution,
      Map<String, IntervalConsumption> latest) {
    List<IntervalConsumption> stated =
        latest.values().stream()
            .filter(i -> i.getResolution().equals(resolution))
            .sorted(Comparator.comparing(IntervalConsumption::getIntervalStart))
            .toList();
    IntervalGrid grid = Resolution.parse(resolution).grid(MADRID);
    long first = reads.get(0).time;
    long last = reads.get(reads.size() - 1).time;
    long expectedStart = grid.startOf(first) == first ? first : grid.endOf(grid.startOf(first));
    long expectedEnd = grid.startOf(last);
    if (expectedEnd <= expectedStart) {
      assertThat(stated).as(scenario).isEmpty();
      return;
    }
    assertThat(stated).as(scenario).isNotEmpty();
    double sum = 0;
    long previousEnd = expectedStart;
    for (IntervalConsumption interval : stated) {
      assertThat(interval.getIntervalStart().toEpochMilli())
          .as(scenario + " contiguous")
          .isEqualTo(previousEnd);
      assertThat(interval.getQuality()).as(scenario).isNotEqualTo(IntervalQuality.INVALID);
      double tolerance = 1e-9 * Math.max(1, Math.abs(interval.getStartIndex()));
      assertThat(interval.getStartIndex())
          .as(scenario + " start index interpolated from the reads")
          .isCloseTo(indexAt(reads, interval.getIntervalStart().toEpochMilli()), within(tolerance));
      sum += interval.getConsumption();
      previousEnd = interval.getIntervalEnd().toEpochMilli();
    }
    assertThat(previousEnd).as(scenario + " last boundary").isEqualTo(expectedEnd);
    double indexDifference = indexAt(reads, expectedEnd) - indexAt(reads, expectedStart);
    double tolerance = 1e-9 * Math.max(1, Math.abs(indexAt(reads, expectedEnd)));
    assertThat(sum).as(scenario + " conservation").isCloseTo(indexDifference, within(tolerance));
  }

  /** The index at a time, interpolated linearly between the reads around it (independently). */
  private static double indexAt(List<Read> reads, long time) {
    for (int i = 0; i < reads.size(); i++) {
      if (reads.get(i).time == time) {
        return reads.get(i).value;
      }
      if (reads.get(i).time > time) {
        Read before = reads.get(i - 1);
        Read after = reads.get(i);
        return before.value
            + (after.value - before.value) * (time - before.time) / (after.time - before.time);
      }
    }
    throw new IllegalArgumentException("No read after " + Instant.ofEpochMilli(time));
  }

  private static List<Read> randomReads(Random random) {
    List<Read> reads = new ArrayList<>();
    long time = STARTS[random.nextInt(STARTS.length)].toEpochMilli() + random.nextInt(3600) * 1000L;
    double litres = 10_000 + random.nextInt(100_000);
    int count = 20 + random.nextInt(130);
    for (int i = 0; i < count; i++) {
      reads.add(new Read(time, litres / 1000));
      int kind = random.nextInt(40);
      long gapSeconds =
          kind == 0
              ? 7 * 3600 + random.nextInt(14 * 3600)
              : kind < 4 ? 3600 + random.nextInt(4 * 3600) : 60 + random.nextInt(3600);
      time += gapSeconds * 1000L;
      litres += kind == 5 ? -1 - random.nextInt(4) : random.nextInt(kind < 20 ? 3 : 60);
    }
    return reads;
  }

  /** Each read delayed by up to a day, a tenth of them also sent again later. */
  private static List<Read> disorder(List<Read> reads, Random random) {
    TreeMap<Long, Read> arrivals = new TreeMap<>();
    for (Read read : reads) {
      int copies = random.nextInt(10) == 0 ? 2 : 1;
      for (int copy = 0; copy < copies; copy++) {
        long arrival = read.time + (long) (random.nextDouble() * MAX_DELAY);
        while (arrivals.containsKey(arrival)) {
          arrival++;
        }
        arrivals.put(arrival, read);
      }
    }
    return new ArrayList<>(arrivals.values());
  }

  private static Run run(List<Read> sorted, List<Read> arrivals) throws Exception {
    SeriesPeriodizer periodizer =
        new SeriesPeriodizer(
            SeriesScenario.settings(c -> c.set(PeriodizeOptions.RESOLUTIONS, RESOLUTIONS)));
    KeyedOneInputStreamOperatorTestHarness<String, SeriesReading, IntervalConsumption> harness =
        SeriesScenario.harness(periodizer);
    harness.open();
    long watermark = Long.MIN_VALUE;
    long maxSeen = Long.MIN_VALUE;
    for (Read read : arrivals) {
      SeriesScenario.feed(
          harness, SeriesScenario.water(Instant.ofEpochMilli(read.time), read.value));
      maxSeen = Math.max(maxSeen, read.time);
      if (maxSeen - OUT_OF_ORDERNESS > watermark) {
        watermark = maxSeen - OUT_OF_ORDERNESS;
        harness.processWatermark(watermark);
      }
    }
    harness.processWatermark(sorted.get(sorted.size() - 1).time);
    List<IntervalConsumption> out = harness.extractOutputValues();
    ReadingCounts counts = periodizer.counts();
    harness.close();
    return new Run(out, counts);
  }

  private record Read(long time, double value) {}

  private static final class Run {
    private final List<IntervalConsumption> all;
    private final Map<String, IntervalConsumption> latest = new HashMap<>();
    private final ReadingCounts counts;

    Run(List<IntervalConsumption> all, ReadingCounts counts) {
      this.all = all;
      this.counts = counts;
      for (IntervalConsumption interval : all) {
        latest.merge(
            interval.getResolution() + "@" + interval.getIntervalStart(),
            interval,
            (a, b) -> a.getVersion() >= b.getVersion() ? a : b);
      }
    }

    List<Integer> versions() {
      List<Integer> versions = all.stream().map(IntervalConsumption::getVersion).toList();
      assertThat(all).hasSameSizeAs(latest.values());
      return versions;
    }

    Map<String, IntervalConsumption> latestWithoutVersion() {
      Map<String, IntervalConsumption> normalized = new HashMap<>();
      latest.forEach(
          (key, interval) ->
              normalized.put(key, IntervalConsumption.newBuilder(interval).setVersion(1).build()));
      return normalized;
    }
  }
}
