package io.meterflow.jobs.demo;

import com.datastax.oss.driver.api.core.CqlSession;
import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.jobs.cli.Command;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.config.Setting;
import io.meterflow.jobs.config.TopicSettings;
import io.meterflow.jobs.launch.SuiteCluster;
import io.meterflow.jobs.launch.SuiteJob;
import io.meterflow.jobs.launch.SuiteJobs;
import io.meterflow.jobs.services.RepositoryRoot;
import io.meterflow.jobs.setup.SetupCommand;
import io.meterflow.jobs.simulate.FaultType;
import io.meterflow.jobs.simulate.KafkaSimulationSink;
import io.meterflow.jobs.simulate.SimulateCommand;
import io.meterflow.jobs.simulate.Simulation;
import io.meterflow.jobs.simulate.SimulationSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code meterflow demo [--meters N] [--days D] [--seed S] [--keep-running] [--report-dir DIR]
 * [--timeout-minutes M] [key=value ...]}: the whole suite on this machine. Starts (or reuses) the
 * local services, runs setup, starts the four jobs in one local Flink cluster, feeds them a
 * simulated fleet with injected faults (Kafka and a CSV drop directory) in event-time order, an
 * hour of simulated time at a time, waits until the pipeline has drained, and reports the
 * accounting and the detections against the ground truth (text and HTML).
 */
public final class DemoCommand implements Command {

  /** How far an alarm's start may lie outside its fault and still count as detecting it. */
  static final Duration MATCH_TOLERANCE = Duration.ofHours(2);

  /** Simulated time fed between two waits for the normalizer: readings reach it in time order. */
  static final Duration FEED_STEP = Duration.ofHours(1);

  /** Fault-free data fed beyond the simulated days, to carry event time past every fault. */
  static final Duration CLOCK_DATA = Duration.ofDays(1);

  private static final int PLOTTED_METERS = 6;
  private static final String CSV_DIR = "csv";
  private static final String CHECKPOINT_INTERVAL = "2s";
  private static final String CSV_DISCOVERY = "200ms";

  /** The REST API serves metrics from a cache: the feed waits on a counter at every step. */
  private static final Duration METRIC_FETCH = Duration.ofMillis(200);

  private final PrintStream out;

  public DemoCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String description() {
    return "[--meters N] [--days D] [--seed S] [--keep-running] [--report-dir DIR]"
        + "  the whole suite locally on a simulated fleet, with a report";
  }

  @Override
  public int run(List<String> args) throws Exception {
    long began = System.nanoTime();
    DemoOptions options =
        DemoOptions.parse(
            args, RepositoryRoot.locate().resolve("target").resolve("meterflow-demo"));
    String run = "demo-" + Long.toString(System.currentTimeMillis() / 1000, 36);
    Path runDir = options.reportDir().toAbsolutePath().resolve(run);
    Path csvDir = runDir.resolve(CSV_DIR);
    try (DemoServices services = DemoServices.acquire(options, out)) {
      List<String> settings = settings(options, services, run, csvDir);
      MeterflowConfig config = MeterflowConfig.fromArguments(settings.toArray(String[]::new));
      new SetupCommand(out).run(config);
      int exit;
      // The Kafka sink writes the CSV profile the normalizer reads at start: open it first.
      try (KafkaSimulationSink simulator = KafkaSimulationSink.open(config, csvDir);
          SuiteCluster cluster = SuiteCluster.start(SuiteJobs.all().size(), METRIC_FETCH);
          SuiteTopics kafka = new SuiteTopics(config)) {
        out.println("Flink web UI: " + cluster.webUi());
        for (SuiteJob job : SuiteJobs.all()) {
          cluster.submit(job, config);
        }
        PipelineWatch watch = new PipelineWatch(cluster, kafka, config.topics(), out);
        SimulationSettings simulated =
            new SimulationSettings(
                options.meters(), options.days(), options.seed(), SimulationSettings.DEFAULT_START);
        long fed = feed(simulated, new PacedFeed(simulator, csvDir, FEED_STEP, watch::awaitRead));
        PipelineWatch.Outcome outcome = watch.awaitDrained(options.timeout(), fed);
        boolean accounted =
            report(
                watch.counters(),
                kafka,
                config,
                simulated.end(),
                runDir,
                options.reportDir(),
                began);
        exit = outcome == PipelineWatch.Outcome.DRAINED && accounted ? 0 : 1;
        if (options.keepRunning()) {
          services.keep();
          out.println(
              "Keeping the jobs and services running (--keep-running); Ctrl-C stops the jobs.");
          Thread.currentThread().join();
        }
      }
      return exit;
    }
  }

  /** Endpoints, then the demo's names and job options, then the command line's own settings. */
  private static List<String> settings(
      DemoOptions options, DemoServices services, String run, Path csvDir) {
    List<String> settings = new ArrayList<>(services.settings());
    if (!services.fresh()) {
      // Running services may hold the topics of an earlier run: this run gets its own.
      settings.add("cassandra.keyspace=meterflow_" + run.replace('-', '_'));
      for (Setting topic : TopicSettings.TOPIC_NAMES) {
        settings.add(topic.key() + "=" + topic.defaultValue() + "." + run);
      }
    }
    settings.add("topics.partitions=2");
    settings.add("job.execution.checkpointing.interval=" + CHECKPOINT_INTERVAL);
    settings.add("job.normalizer.csv.dir=" + csvDir);
    // Each step of the feed waits for its CSV files to be found.
    settings.add("job.normalizer.csv.discovery-interval=" + CSV_DISCOVERY);
    settings.add("job.normalizer.csv.profile=" + SimulateCommand.CSV_PROFILE);
    settings.add(
        "job.normalizer.csv-profiles-file="
            + csvDir.resolveSibling(SimulateCommand.CSV_PROFILES_FILE));
    settings.addAll(DemoJobOptions.forDays(options.days()));
    settings.addAll(options.settings());
    return settings;
  }

  /**
   * Simulates the fleet into the running suite, paced, and a day of fault-free "clock" data beyond
   * the simulated days: its readings carry event time past every injected fault, so that every
   * alarm due within the simulated days is raised and every interval stated. Returns the records
   * fed.
   */
  private long feed(SimulationSettings settings, PacedFeed feed) throws IOException {
    Simulation simulation = Simulation.of(settings);
    Map<FaultType, Integer> faults = new TreeMap<>();
    simulation.plan().faults().forEach(fault -> faults.merge(fault.type(), 1, Integer::sum));
    out.printf(
        "feeding %d meters over %d days (and a day of clock data) in steps of %d min;"
            + " injected: %s%n",
        simulation.fleet().size(), settings.days(), FEED_STEP.toMinutes(), faults);
    try (feed) {
      simulation.run(feed, settings.end().plus(CLOCK_DATA));
    }
    out.println("fed " + feed.fed() + " records");
    return feed.fed();
  }

  /** Prints the report and writes the HTML one; true when the accounting holds. */
  private boolean report(
      Map<String, Map<String, Long>> counters,
      SuiteTopics kafka,
      MeterflowConfig config,
      Instant simulatedUntil,
      Path runDir,
      Path reportDir,
      long began)
      throws Exception {
    TopicSettings topics = config.topics();
    long sent =
        kafka.records(List.of(topics.headEnd(), topics.json())) + csvLines(runDir.resolve(CSV_DIR));
    List<Balance> balances = new ArrayList<>(Accounting.of(counters, sent).balances());
    try (CqlSession cassandra = config.cassandra().connection().openSession()) {
      balances.addAll(new StoredOutputs(kafka, topics, cassandra).balances());
    }
    Accounting accounting = new Accounting(balances);
    List<MeterAlarm> alarms = kafka.committed(topics.alarms(), MeterAlarm.class, alarm -> true);
    List<DetectedAlarm> raised =
        alarms.stream()
            .filter(alarm -> alarm.getStatus() == AlarmStatus.RAISED)
            .map(
                alarm ->
                    new DetectedAlarm(
                        alarm.getAlarmId(),
                        alarm.getType(),
                        alarm.getTenant(),
                        alarm.getMeterId(),
                        alarm.getAreaId(),
                        alarm.getStartTime()))
            .toList();
    // The clock data only carries event time past the faults: the report covers the simulated
    // days. What starts on it is left out, such as the baseline deviation of a meter whose zero
    // consumption ends with the simulated days.
    List<DetectedAlarm> detected =
        raised.stream().filter(alarm -> alarm.start().isBefore(simulatedUntil)).toList();
    List<InjectedAlarm> injected =
        GroundTruth.read(runDir.resolve(SimulateCommand.GROUND_TRUTH_FILE));
    List<TypeScore> scores = new DetectionScore(MATCH_TOLERANCE).score(injected, detected);

    List<String> lines = new ArrayList<>();
    lines.add("Counters per job:");
    counters.forEach((job, figures) -> lines.add("  " + job + " " + figures));
    accounting.balances().forEach(balance -> lines.add("  " + balance.line()));
    lines.add(accounting.verdict());
    scores.forEach(score -> lines.add(score.line()));

    Set<String> flagged = FlaggedMeters.pick(alarms, PLOTTED_METERS);
    List<IntervalConsumption> hourly =
        kafka.committed(
            topics.intervals(),
            IntervalConsumption.class,
            interval ->
                flagged.contains(interval.getMeterId())
                    && FlaggedMeters.HOURLY.equals(interval.getResolution()));
    Path html = reportDir.toAbsolutePath().resolve("report.html");
    HtmlReport.write(html, lines, FlaggedMeters.plots(flagged, hourly, alarms));
    out.println("HTML report: " + html + " (run files in " + runDir + ")");
    out.printf(
        "ground truth: %d alarm faults; the suite raised %d alarm episodes in the simulated days"
            + " (and %d on the clock data after %s, not scored)%n",
        injected.size(), detected.size(), raised.size() - detected.size(), simulatedUntil);
    // The machine-readable lines come last.
    out.printf(Locale.ROOT, "demo took %.0f s%n", (System.nanoTime() - began) / 1e9);
    lines.forEach(out::println);
    return accounting.ok();
  }

  private static long csvLines(Path csvDir) throws IOException {
    if (!Files.isDirectory(csvDir)) {
      return 0;
    }
    long lines = 0;
    try (Stream<Path> files = Files.list(csvDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        try (Stream<String> fileLines = Files.lines(file)) {
          lines += fileLines.count();
        }
      }
    }
    return lines;
  }
}
