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
 * {@code meterflow bench [--quick] [--only PARTS] [--work-dir DIR] [--plot FILE]}: the
 * dedup-and-periodize throughput and state harness on a mini cluster (parallelism 1 and 2, heap and
 * RocksDB state, fleets of 10k and 100k series, and 1M without --quick), the other three topologies
 * at 10k series, the end-to-end catch-up against the real broker, then the JMH microbenchmarks of
 * the hot paths; prints a table and one {@code BENCH} line per figure, and plots
 * dedup-and-periodize's throughput and state against fleet size as SVG. {@code --only} names the
 * parts to run, comma-separated, from {@link #PARTS}.
 */
public final class BenchCommand implements Command {

  /** The parts of a bench run, in the order they run. */
  static final List<String> PARTS =
      List.of("periodize", "normalizer", "leak", "power", "e2e", "jmh");

  private final PrintStream out;

  public BenchCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String description() {
    return "[--quick] [--only PARTS] [--work-dir DIR] [--plot FILE]"
        + "  measure throughput per core and state per series (see docs/benchmarks.md)";
  }

  @Override
  public int run(List<String> args) throws Exception {
    boolean quick = false;
    Path workDir = Path.of("target", "bench");
    Path plot = null;
    List<String> parts = PARTS;
    for (int i = 0; i < args.size(); i++) {
      switch (args.get(i)) {
        case "--quick" -> quick = true;
        case "--work-dir" -> workDir = Path.of(value(args, ++i, "--work-dir"));
        case "--plot" -> plot = Path.of(value(args, ++i, "--plot"));
        case "--only" -> parts = parts(value(args, ++i, "--only"));
        default -> throw new UsageException("unknown argument " + args.get(i));
      }
    }
    Files.createDirectories(workDir);
    Path plotFile = plot == null ? workDir.resolve("benchmarks.svg") : plot;

    List<BenchFigure> figures = new ArrayList<>();
    List<TopologyFigures> fleetRuns = new ArrayList<>();
    TopologyThroughput harness = new TopologyThroughput(workDir);
    for (TopologySetup setup : setups(quick)) {
      if (!parts.contains(setup.topology().name())) {
        continue;
      }
      out.printf("running %s (load %.2f)%n", setup.label(), MachineLoad.oneMinute());
      TopologyFigures run = harness.run(setup);
      if (setup.topology() instanceof PeriodizeBench) {
        fleetRuns.add(run);
      }
      figures.addAll(BenchFigure.of(run));
    }
    if (!fleetRuns.isEmpty()) {
      Files.writeString(plotFile, FleetPlot.svg(fleetRuns));
      out.println("plot: " + plotFile);
    }
    if (parts.contains("e2e")) {
      out.printf("running end to end (load %.2f)%n", MachineLoad.oneMinute());
      figures.addAll(new CatchUpBenchmark(out, quick).run());
    }
    if (parts.contains("jmh")) {
      figures.addAll(new Microbenchmarks(quick).run());
    }
    out.print(BenchTable.render(figures));
    return 0;
  }

  /**
   * dedup-and-periodize over fleets of growing size, parallelism 1 and 2, both backends; then the
   * other topologies at parallelism 1 with the heap backend at 10k series.
   */
  static List<TopologySetup> setups(boolean quick) {
    List<Long> fleets = quick ? List.of(10_000L, 100_000L) : List.of(10_000L, 100_000L, 1_000_000L);
    Duration warmUp = Duration.ofSeconds(quick ? 10 : 20);
    Duration measure = Duration.ofSeconds(quick ? 20 : 60);
    List<TopologySetup> setups = new ArrayList<>();
    for (long series : fleets) {
      for (String backend : List.of("hashmap", "rocksdb")) {
        for (int parallelism : List.of(1, 2)) {
          setups.add(
              new TopologySetup(
                  new PeriodizeBench(), series, parallelism, backend, warmUp, measure, 3));
        }
      }
    }
    for (BenchTopology topology :
        List.of(new NormalizerBench(), AlarmBench.leak(), AlarmBench.power())) {
      setups.add(new TopologySetup(topology, 10_000L, 1, "hashmap", warmUp, measure, 3));
    }
    return setups;
  }

  /** The parts named in a comma-separated list, each one of {@link #PARTS}. */
  static List<String> parts(String list) {
    List<String> parts = List.of(list.split(","));
    for (String part : parts) {
      if (!PARTS.contains(part)) {
        throw new UsageException("--only takes parts from " + PARTS + ", not " + part);
      }
    }
    return parts;
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(index);
  }
}
