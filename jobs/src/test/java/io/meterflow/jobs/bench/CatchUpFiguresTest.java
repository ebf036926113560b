package io.meterflow.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatchUpFiguresTest {

  @Test
  void shouldRateTheCatchUpFromTheFirstReadingAndCompareItWithTheConsumer() {
    CatchUpFigures run =
        new CatchUpFigures(500_000, 100_000, 250_000, Optional.of(new CatchUpTimes(12.5, 10.0)));

    assertThat(run.figures(0.5))
        .containsExactly(
            new BenchFigure("e2e.500000.fill", 100_000, "records/s", 0.5),
            new BenchFigure("e2e.500000.consumer_limit", 250_000, "records/s", 0.5),
            new BenchFigure("e2e.500000.catch_up", 50_000, "records/s", 0.5),
            new BenchFigure("e2e.500000.catch_up_with_start_up", 40_000, "records/s", 0.5),
            new BenchFigure("e2e.500000.catch_up_over_limit", 0.2, "ratio", 0.5));
  }

  @Test
  void shouldGiveOnlyTheTopicFiguresWhenTheJobsDidNotReadEveryReading() {
    List<BenchFigure> figures =
        new CatchUpFigures(500_000, 100_000, 250_000, Optional.empty()).figures(0.5);

    assertThat(figures)
        .extracting(BenchFigure::name)
        .containsExactly("e2e.500000.fill", "e2e.500000.consumer_limit");
  }
}
