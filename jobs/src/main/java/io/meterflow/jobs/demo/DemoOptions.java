package io.meterflow.jobs.demo;

import io.meterflow.jobs.cli.UsageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code meterflow demo}.
 *
 * @param reportDir where the HTML report and the run's files go
 * @param timeout how long the pipeline may take to drain before the demo gives up
 * @param settings {@code key=value} settings over the demo's own (endpoints, topics, job options)
 */
record DemoOptions(
    int meters,
    int days,
    long seed,
    boolean keepRunning,
    Path reportDir,
    Duration timeout,
    List<String> settings) {

  static final int DEFAULT_METERS = 100;
  static final int DEFAULT_DAYS = 5;
  static final long DEFAULT_SEED = 42;
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(20);

  static DemoOptions parse(List<String> args, Path defaultReportDir) {
    int meters = DEFAULT_METERS;
    int days = DEFAULT_DAYS;
    long seed = DEFAULT_SEED;
    boolean keepRunning = false;
    Path reportDir = defaultReportDir;
    Duration timeout = DEFAULT_TIMEOUT;
    List<String> settings = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--meters" -> meters = positive(arg, value(args, ++i, arg));
        case "--days" -> days = positive(arg, value(args, ++i, arg));
        case "--seed" -> seed = whole(arg, value(args, ++i, arg));
        case "--keep-running" -> keepRunning = true;
        case "--report-dir" -> reportDir = Path.of(value(args, ++i, arg));
        case "--timeout-minutes" ->
            timeout = Duration.ofMinutes(positive(arg, value(args, ++i, arg)));
        default -> {
          if (!arg.startsWith("-") && arg.contains("=")) {
            settings.add(arg);
          } else {
            throw new UsageException("unknown argument '" + arg + "'");
          }
        }
      }
    }
    return new DemoOptions(meters, days, seed, keepRunning, reportDir, timeout, settings);
  }

  /** Whether the settings name the services, so the demo must not look for or start its own. */
  boolean servicesGiven() {
    return settings.stream().anyMatch(setting -> setting.startsWith("kafka.bootstrap.servers="));
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(index);
  }

  private static int positive(String option, String text) {
    long value = whole(option, text);
    if (value < 1 || value > Integer.MAX_VALUE) {
      throw new UsageException(option + " takes a whole number of at least 1, not '" + text + "'");
    }
    return (int) value;
  }

  private static long whole(String option, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new UsageException(option + " takes a whole number, not '" + text + "'");
    }
  }
}
