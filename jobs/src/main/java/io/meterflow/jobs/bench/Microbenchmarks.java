package io.meterflow.jobs.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH benchmarks of this package in a forked JVM and returns their scores as figures. */
final class Microbenchmarks {

  private final boolean quick;

  Microbenchmarks(boolean quick) {
    this.quick = quick;
  }

  List<BenchFigure> run() throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(PeriodizationBenchmark.class.getName())
            .include(AvroCodecBenchmark.class.getName())
            .include(NormalizationBenchmark.class.getName())
            .include(ContinuousFlowBenchmark.class.getName())
            .include(BaselineDeviationBenchmark.class.getName())
            .mode(Mode.Throughput)
            .timeUnit(TimeUnit.SECONDS)
            .forks(1)
            .jvmArgsAppend(
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED")
            .warmupIterations(quick ? 2 : 5)
            .warmupTime(TimeValue.seconds(quick ? 1 : 2))
            .measurementIterations(quick ? 3 : 5)
            .measurementTime(TimeValue.seconds(quick ? 1 : 3));
    List<BenchFigure> figures = new ArrayList<>();
    for (RunResult result : new Runner(options.build()).run()) {
      String benchmark = result.getParams().getBenchmark();
      String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1));
      figures.add(
          new BenchFigure(
              "jmh" + name,
              result.getPrimaryResult().getScore(),
              "ops/s",
              MachineLoad.oneMinute()));
    }
    return figures;
  }
}
