package io.meterflow.jobs.simulate;

import io.meterflow.jobs.cli.Command;
import io.meterflow.jobs.cli.UsageException;
import io.meterflow.jobs.config.ConfigException;
import io.meterflow.jobs.config.MeterflowConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code meterflow simulate --meters N --days D [--seed S] [--start ISO-DATE] (--to-kafka |
 * --output-dir DIR) [--csv-dir DIR] [--config FILE] [key=value ...]}: the fleet simulator. With
 * {@code --to-kafka}, readings and devices go to the topics of the configuration and CSV files to
 * {@code --csv-dir} (or {@code csv.dir=DIR}).
 */
public final class SimulateCommand implements Command {

  /** The CSV profile of the files {@code --csv-dir} receives, for the normalizer's CSV drops. */
  public static final String CSV_PROFILE = ReadingEncoder.CSV_PROFILE_NAME;

  /** The profiles file written next to {@code --csv-dir}, for normalizer.csv-profiles-file. */
  public static final String CSV_PROFILES_FILE = CsvFiles.PROFILES;

  /** The ground truth written next to {@code --csv-dir} (with --to-kafka). */
  public static final String GROUND_TRUTH_FILE = OutputDirectorySink.GROUND_TRUTH;

  private static final String CSV_DIR_KEY = "csv.dir=";

  private final PrintStream out;

  public SimulateCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String description() {
    return "--meters N --days D [--seed S] [--start DATE] (--to-kafka | --output-dir DIR)"
        + "  simulate a meter fleet with injected faults and their ground truth";
  }

  @Override
  public int run(List<String> args) throws Exception {
    Arguments arguments = Arguments.parse(args);
    SimulationSettings settings = arguments.settings();
    Simulation simulation = Simulation.of(settings);
    long began = System.nanoTime();
    SimulationSummary summary;
    try (SimulationSink sink = arguments.sink(settings)) {
      summary = simulation.run(sink);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - began);
    report(simulation, summary, took, arguments.destination());
    return 0;
  }

  private void report(
      Simulation simulation, SimulationSummary summary, Duration took, String destination) {
    Map<FaultType, Integer> faults = new TreeMap<>();
    simulation.plan().faults().forEach(fault -> faults.merge(fault.type(), 1, Integer::sum));
    double seconds = Math.max(took.toMillis(), 1) / 1000.0;
    out.printf(
        Locale.ROOT,
        "simulated %d meters: %d records (%s) and %d device updates to %s in %.1f s (%.0f records/s)%n",
        simulation.fleet().size(),
        summary.totalRecords(),
        summary.records(),
        summary.deviceUpdates(),
        destination,
        seconds,
        summary.totalRecords() / seconds);
    out.println("injected: " + faults);
  }

  /** The parsed command line. */
  private record Arguments(
      SimulationSettings settings,
      Path outputDir,
      boolean toKafka,
      Path csvDir,
      List<String> config) {

    static Arguments parse(List<String> args) throws UsageException {
      Integer meters = null;
      Integer days = null;
      long seed = SimulationSettings.DEFAULT_SEED;
      LocalDate start = SimulationSettings.DEFAULT_START;
      Path outputDir = null;
      Path csvDir = null;
      boolean toKafka = false;
      List<String> config = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        switch (arg) {
          case "--meters" -> meters = number(arg, value(args, ++i, arg));
          case "--days" -> days = number(arg, value(args, ++i, arg));
          case "--seed" -> seed = seed(value(args, ++i, arg));
          case "--start" -> start = date(value(args, ++i, arg));
          case "--output-dir" -> outputDir = Path.of(value(args, ++i, arg));
          case "--csv-dir" -> csvDir = Path.of(value(args, ++i, arg));
          case "--to-kafka" -> toKafka = true;
          case "--config" -> {
            config.add(arg);
            config.add(value(args, ++i, arg));
          }
          default -> {
            if (arg.startsWith(CSV_DIR_KEY)) {
              csvDir = Path.of(arg.substring(CSV_DIR_KEY.length()));
            } else if (arg.contains("=") && !arg.startsWith("-")) {
              config.add(arg);
            } else {
              throw new UsageException("unknown argument '" + arg + "'");
            }
          }
        }
      }
      if (meters == null || days == null) {
        throw new UsageException("--meters N and --days D are required");
      }
      if (toKafka == (outputDir != null)) {
        throw new UsageException("give exactly one of --to-kafka and --output-dir DIR");
      }
      if (toKafka && csvDir == null) {
        throw new UsageException(
            "--to-kafka needs a directory for the CSV files: --csv-dir DIR or csv.dir=DIR");
      }
      try {
        return new Arguments(
            new SimulationSettings(meters, days, seed, start), outputDir, toKafka, csvDir, config);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }

    SimulationSink sink(SimulationSettings settings) throws IOException, UsageException {
      if (!toKafka) {
        return new OutputDirectorySink(outputDir, settings.seed());
      }
      MeterflowConfig meterflow;
      try {
        meterflow = MeterflowConfig.fromArguments(config.toArray(String[]::new));
      } catch (ConfigException e) {
        throw new UsageException(e.getMessage());
      }
      return KafkaSimulationSink.open(meterflow, csvDir);
    }

    String destination() {
      return toKafka ? "Kafka (CSV files in " + csvDir + ")" : outputDir.toString();
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
      if (index >= args.size()) {
        throw new UsageException(option + " needs a value");
      }
      return args.get(index);
    }

    private static int number(String option, String text) throws UsageException {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new UsageException(option + " takes a whole number, not '" + text + "'");
      }
    }

    private static long seed(String text) throws UsageException {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new UsageException("--seed takes a whole number, not '" + text + "'");
      }
    }

    private static LocalDate date(String text) throws UsageException {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw new UsageException(
            "--start takes an ISO date such as 2024-10-24, not '" + text + "'");
      }
    }
  }
}
