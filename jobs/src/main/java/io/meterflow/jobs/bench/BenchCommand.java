package io.meterflow.jobs.bench;

import io.meterflow.jobs.cli.Command;
import io.meterflow.jobs.cli.UsageException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.util.TimeUtils;

/**
 * {@code meterflow bench [--quick] [--only PARTS] [--fleets N,N] [--max-run DURATION] [--work-dir
 * DIR] [--plot FILE]}: the throughput and state harness of each job topology on a mini cluster
 * (parallelism 1 and 2, heap and RocksDB state, fleets of 10k and 100k series, and 1M without
 * --quick, unless {@code --fleets} names others), the end-to-end catch-up against the real broker,
 * then the JMH microbenchmarks of the hot paths; prints a table and one {@code BENCH} line per
 * figure, and plots dedup-and-periodize's throughput and state against fleet size as SVG. {@code
 * --only} names the parts to run, comma-separated, from {@link #PARTS}; {@code --max-run} bounds
 * each topology run (see {@link RunLength#maxRun()}).
 */
public final class BenchCommand implements Command {

  /** The parts of a bench run, in the order they run. */
  static final List<String> PARTS =
      List.of("periodize", "normalizer", "leak", "power", "e2e", "jmh");

  static final List<Long> QUICK_FLEETS = List.of(10_000L, 100_000L);
  static final List<Long> FULL_FLEETS = List.of(10_000L, 100_000L, 1_000_000L);

  private final PrintStream out;

  public BenchCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String description() {
    return "[--quick] [--only PARTS] [--fleets N,N] [--max-run DURATION] [--work-dir DIR]"
        + " [--plot FILE]"
        + "  measure throughput per core and state per series (see docs/benchmarks.md)";
  }

  @Override
  public int run(List<String> args) throws Exception {
    boolean quick = false;
    Path workDir = Path.of("target", "bench");
    Path plot = null;
    List<String> parts = PARTS;
    List<Long> fleets = null;
    Duration maxRun = null;
    for (int i = 0; i < args.size(); i++) {
      switch (args.get(i)) {
        case "--quick" -> quick = true;
        case "--work-dir" -> workDir = Path.of(value(args, ++i, "--work-dir"));
        case "--plot" -> plot = Path.of(value(args, ++i, "--plot"));
        case "--only" -> parts = parts(value(args, ++i, "--only"));
        case "--fleets" -> fleets = fleets(value(args, ++i, "--fleets"));
        case "--max-run" -> maxRun = duration(value(args, ++i, "--max-run"));
        default -> throw new UsageException("unknown argument " + args.get(i));
      }
    }
    Files.createDirectories(workDir);
    Path plotFile = plot == null ? workDir.resolve("benchmarks.svg") : plot;

    List<BenchFigure> figures = new ArrayList<>();
    List<TopologyFigures> fleetRuns = new ArrayList<>();
    TopologyThroughput harness = new TopologyThroughput(workDir);
    if (fleets == null) {
      fleets = quick ? QUICK_FLEETS : FULL_FLEETS;
    }
    if (maxRun == null) {
      maxRun = quick ? Duration.ofMinutes(1) : Duration.ofMinutes(10);
    }
    for (TopologySetup setup : setups(quick, fleets, maxRun)) {
      if (!parts.contains(setup.topology().name())) {
        continue;
      }
      out.printf("running %s (load %.2f)%n", setup.label(), MachineLoad.oneMinute());
      TopologyFigures run = harness.run(setup);
      out.printf(
          Locale.ROOT,
          "  %.0f records/s, %.0f bytes per series after %.1f h of event time%n",
          run.recordsPerSecond(),
          run.stateBytesPerSeries(),
          run.last().historyHours());
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

  /** Each topology over fleets of growing size, at parallelism 1 and 2, with both backends. */
  static List<TopologySetup> setups(boolean quick, List<Long> fleets, Duration maxRun) {
    RunLength length =
        new RunLength(
            Duration.ofSeconds(quick ? 10 : 20), Duration.ofSeconds(quick ? 20 : 60), maxRun);
    List<TopologySetup> setups = new ArrayList<>();
    for (BenchTopology topology :
        List.of(
            new PeriodizeBench(), new NormalizerBench(), AlarmBench.leak(), AlarmBench.power())) {
      for (long series : fleets) {
        for (String backend : List.of("hashmap", "rocksdb")) {
          for (int parallelism : List.of(1, 2)) {
            setups.add(new TopologySetup(topology, series, parallelism, backend, length));
          }
        }
      }
    }
    return setups;
  }

  /** Fleet sizes from a comma-separated list of positive whole numbers. */
  static List<Long> fleets(String list) {
    List<Long> fleets = new ArrayList<>();
    for (String size : list.split(",")) {
      try {
        fleets.add(Long.parseLong(size));
      } catch (NumberFormatException e) {
        throw new UsageException("--fleets takes whole numbers of series, not " + size);
      }
      if (fleets.get(fleets.size() - 1) < 1) {
        throw new UsageException("--fleets takes positive numbers of series, not " + size);
      }
    }
    return fleets;
  }

  private static Duration duration(String text) {
    try {
      return TimeUtils.parseDuration(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--max-run takes a duration such as 90s or 5min, not " + text);
    }
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
