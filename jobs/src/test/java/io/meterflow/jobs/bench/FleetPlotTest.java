package io.meterflow.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FleetPlotTest {

  private static final RunLength SHORT =
      new RunLength(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(1));

  @Test
  void shouldCompareStateAtTheLatestMarkEveryRunReached() {
    TopologyFigures small = run(10_000, 6, 12, 24, 48);
    TopologyFigures large = run(1_000_000, 6, 12);

    assertThat(FleetPlot.latestCommonMark(List.of(small, large))).contains(Duration.ofHours(12));
    assertThat(FleetPlot.svg(List.of(small, large)))
        .contains("state bytes per series at 12 h against series");
  }

  @Test
  void shouldLeaveRunsThatReachedNoMarkOutOfTheStatePanel() {
    TopologyFigures small = run(10_000, 6, 12);
    TopologyFigures large = run(1_000_000);

    assertThat(FleetPlot.latestCommonMark(List.of(small, large))).contains(Duration.ofHours(12));
    List<String> polylines = polylines(FleetPlot.svg(List.of(small, large)));
    assertThat(polylines).hasSize(2);
    assertThat(polylines.get(0).split(" ")).as("throughput: both runs").hasSize(2);
    assertThat(polylines.get(1).split(" ")).as("state at 12 h: the 10k run only").hasSize(1);
  }

  @Test
  void shouldFallBackToEachRunsEndWhenNoRunReachedAMark() {
    TopologyFigures noMark = run(1_000_000);

    assertThat(FleetPlot.latestCommonMark(List.of(run(100_000), noMark))).isEmpty();
    assertThat(FleetPlot.svg(List.of(noMark))).contains(">state bytes per series against series");
  }

  private static List<String> polylines(String svg) {
    return Pattern.compile("<polyline points=\"([^\"]*)\"")
        .matcher(svg)
        .results()
        .map(match -> match.group(1))
        .toList();
  }

  private static TopologyFigures run(long series, long... markHours) {
    StateSample sample = new StateSample(1.0, 100 * series, 50 * series);
    Map<Duration, StateSample> atMarks = new LinkedHashMap<>();
    for (long hours : markHours) {
      atMarks.put(Duration.ofHours(hours), sample);
    }
    return new TopologyFigures(
        new TopologySetup(new PeriodizeBench(), series, 1, "hashmap", SHORT),
        100_000,
        atMarks,
        sample,
        1.0);
  }
}
