package io.meterflow.jobs.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One measured figure, as printed on a {@code BENCH <name> <value> <unit>} line.
 *
 * @param name dotted name without spaces, e.g. {@code periodize.p1.hashmap.10000.records_per_s}
 * @param value the measured value
 * @param unit the unit, without spaces
 * @param load1 the one-minute load average of the machine when it was measured
 */
public record BenchFigure(String name, double value, String unit, double load1) {

  public BenchFigure {
    if (name.isBlank() || name.contains(" ") || unit.isBlank() || unit.contains(" ")) {
      throw new IllegalArgumentException(
          "A figure's name and unit must be non-blank words: '" + name + "' '" + unit + "'");
    }
  }

  /** The figures of one topology run. */
  static List<BenchFigure> of(TopologyFigures run) {
    TopologySetup setup = run.setup();
    String prefix =
        String.join(
                ".",
                setup.topology().name(),
                "p" + setup.parallelism(),
                setup.backend(),
                Long.toString(setup.series()))
            + ".";
    List<BenchFigure> figures = new ArrayList<>();
    figures.add(
        new BenchFigure(prefix + "throughput", run.recordsPerSecond(), "records/s", run.load1()));
    figures.add(
        new BenchFigure(
            prefix + "throughput_per_core",
            run.recordsPerSecondPerCore(),
            "records/s/core",
            run.load1()));
    run.atMarks()
        .forEach(
            (mark, sample) -> {
              String suffix = ".at_" + mark.toHours() + "h";
              figures.add(
                  new BenchFigure(
                      prefix + "state_per_series" + suffix,
                      run.perSeries(sample.stateBytes()),
                      "bytes",
                      run.load1()));
              figures.add(
                  new BenchFigure(
                      prefix + "history" + suffix, sample.historyHours(), "hours", run.load1()));
            });
    figures.add(
        new BenchFigure(
            prefix + "state_per_series", run.stateBytesPerSeries(), "bytes", run.load1()));
    figures.add(
        new BenchFigure(
            prefix + setup.topology().countedStateName() + "_state_per_series",
            run.countedBytesPerSeries(),
            "bytes",
            run.load1()));
    figures.add(
        new BenchFigure(prefix + "history", run.last().historyHours(), "hours", run.load1()));
    return figures;
  }
}
