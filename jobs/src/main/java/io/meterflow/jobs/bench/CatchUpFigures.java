package io.meterflow.jobs.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures of the end-to-end catch-up of a backlog of {@code readings} head-end readings. The
 * jobs' rate is taken from dedup-and-periodize's first reading to its last, as the plain consumer's
 * is from its first poll: the start-up of two Flink jobs is a fixed cost, not throughput.
 *
 * @param readings the readings in the backlog
 * @param fillPerSecond how fast the producer filled the topic
 * @param limitPerSecond how fast the plain consumer read and decoded it
 * @param times how long the jobs took, or empty when they did not read it all
 */
record CatchUpFigures(
    long readings, double fillPerSecond, double limitPerSecond, Optional<CatchUpTimes> times) {

  List<BenchFigure> figures(double load1) {
    String prefix = "e2e." + readings + ".";
    List<BenchFigure> figures = new ArrayList<>();
    figures.add(new BenchFigure(prefix + "fill", fillPerSecond, "records/s", load1));
    figures.add(new BenchFigure(prefix + "consumer_limit", limitPerSecond, "records/s", load1));
    times.ifPresent(
        catchUp -> {
          double rate = readings / catchUp.fromFirstRead();
          figures.add(new BenchFigure(prefix + "catch_up", rate, "records/s", load1));
          figures.add(
              new BenchFigure(
                  prefix + "catch_up_with_start_up",
                  readings / catchUp.fromSubmission(),
                  "records/s",
                  load1));
          figures.add(
              new BenchFigure(
                  prefix + "catch_up_over_limit", rate / limitPerSecond, "ratio", load1));
        });
    return figures;
  }
}
