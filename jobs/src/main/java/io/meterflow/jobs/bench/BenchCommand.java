package io.meterflow.jobs.bench;

import io.meterflow.jobs.cli.Command;
import io.meterflow.jobs.cli.UsageException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code meterflow bench [--quick] [--work-dir DIR] [--plot FILE]}: the dedup-and-periodize
 * throughput and state harness on a mini cluster (parallelism 1 and 2, heap and RocksDB state,
 * fleets of 10k and 100k series, and 1M without --quick), then the JMH microbenchmarks of the hot
 * paths; prints a table and one {@code BENCH} line per figure, and plots throughput and state
 * against fleet size as SVG.
 */
public final class BenchCommand implements Command {

  private final PrintStream out;

  public BenchCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String description() {
    return "[--quick] [--work-dir DIR] [--plot FILE]"
        + "  measure throughput per core and state per series (see docs/benchmarks.md)";
  }

  @Override
  public int run(List<String> args) throws Exception {
    boolean quick = false;
    Path workDir = Path.of("target", "bench");
    Path plot = null;
    for (int i = 0; i < args.size(); i++) {
      switch (args.get(i)) {
        case "--quick" -> quick = true;
        case "--work-dir" -> workDir = Path.of(value(args, ++i, "--work-dir"));
        case "--plot" -> plot = Path.of(value(args, ++i, "--plot"));
        default -> throw new UsageException("unknown argument " + args.get(i));
      }
    }
    Files.createDirectories(workDir);
    Path plotFile = plot == null ? workDir.resolve("benchmarks.svg") : plot;

    List<BenchFigure> figures = new ArrayList<>();
    List<TopologyFigures> runs = new ArrayList<>();
    PeriodizeThroughput harness = new PeriodizeThroughput(workDir);
    for (TopologySetup setup : setups(quick)) {
      out.printf("running %s (load %.2f)%n", setup.label(), MachineLoad.oneMinute());
      TopologyFigures run = harness.run(setup);
      runs.add(run);
      figures.addAll(BenchFigure.of(run));
    }
    Files.writeString(plotFile, FleetPlot.svg(runs));
    out.println("plot: " + plotFile);
    figures.addAll(new Microbenchmarks(quick).run());
    out.print(BenchTable.render(figures));
    return 0;
  }

  static List<TopologySetup> setups(boolean quick) {
    List<Long> fleets = quick ? List.of(10_000L, 100_000L) : List.of(10_000L, 100_000L, 1_000_000L);
    Duration warmUp = Duration.ofSeconds(quick ? 10 : 20);
    Duration measure = Duration.ofSeconds(quick ? 20 : 60);
    List<TopologySetup> setups = new ArrayList<>();
    for (long series : fleets) {
      for (String backend : List.of("hashmap", "rocksdb")) {
        for (int parallelism : List.of(1, 2)) {
          setups.add(new TopologySetup(series, parallelism, backend, warmUp, measure, 3));
        }
      }
    }
    return setups;
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(index);
  }
}
