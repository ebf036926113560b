package io.meterflow.jobs.demo;

import io.meterflow.jobs.config.TopicSettings;
import io.meterflow.jobs.launch.SuiteCluster;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobStatus;

/**
 * Watches the four jobs: while the fleet is fed, until the normalizer has read each step; then
 * until the pipeline has drained: the normalizer has read all that was fed, dedup-and-periodize all
 * that the normalizer wrote, every job's consumer group has committed all of its input, and the
 * counters and the output topics have not moved for a few polls (longer than a checkpoint, so
 * nothing is waiting in an open transaction). Prints progress lines meanwhile.
 */
final class PipelineWatch {

  static final List<String> NORMALIZER_COUNTERS =
      List.of("recordsIn", "readingsNormalized", "recordsRejected", "headerLinesSkipped");
  static final List<String> PERIODIZE_COUNTERS =
      List.of(
          "readingsIn",
          "readingsAccepted",
          "readingsDuplicate",
          "readingsLate",
          "readingsRejected",
          "readingsCorrected");
  static final String SOURCE_RECORDS = "sourceRecords";

  private static final Duration POLL = Duration.ofSeconds(2);
  private static final Duration READ_POLL = Duration.ofMillis(100);

  /** How long the normalizer may take to read one step of the feed. */
  private static final Duration READ_TIMEOUT = Duration.ofMinutes(3);

  private static final int PROGRESS_EVERY = 3;
  private static final int STABLE_POLLS = 4;

  private final SuiteCluster cluster;
  private final SuiteTopics kafka;
  private final TopicSettings topics;
  private final PrintStream out;
  private final long started = System.nanoTime();

  PipelineWatch(SuiteCluster cluster, SuiteTopics kafka, TopicSettings topics, PrintStream out) {
    this.cluster = cluster;
    this.kafka = kafka;
    this.topics = topics;
    this.out = out;
  }

  /** How the wait ended. */
  enum Outcome {
    DRAINED,
    JOB_FAILED,
    TIMED_OUT
  }

  /**
   * Waits until the normalizer has read the records fed up to the simulated time, and prints a
   * progress line at each simulated midnight.
   */
  void awaitRead(Instant time, long records) throws IOException, InterruptedException {
    long began = System.nanoTime();
    long read = 0;
    while ((read = normalizerRead()) < records) {
      if (System.nanoTime() - began > READ_TIMEOUT.toNanos()) {
        throw new IOException(
            "The normalizer read only "
                + read
                + " of the "
                + records
                + " records fed up to "
                + time
                + " within "
                + READ_TIMEOUT.toMinutes()
                + " min; jobs not running: "
                + jobsNotRunning());
      }
      Thread.sleep(READ_POLL.toMillis());
    }
    if (time.toEpochMilli() % Duration.ofDays(1).toMillis() == 0) {
      try {
        out.println("fed up to " + time + ": " + progress(watchSeconds(), snapshot()));
      } catch (ExecutionException e) {
        throw new IOException("Kafka did not answer: " + e.getCause(), e);
      }
    }
  }

  /** Waits until the pipeline has drained the records fed. */
  Outcome awaitDrained(Duration timeout, long fed) throws Exception {
    long began = System.nanoTime();
    Snapshot previous = null;
    int stable = 0;
    for (int poll = 0; ; poll++) {
      Map<String, JobStatus> failing = cluster.notRunning();
      if (!failing.isEmpty()) {
        out.println("A job stopped: " + failing + " (see the log of this process)");
        return Outcome.JOB_FAILED;
      }
      Snapshot now = snapshot();
      stable = now.lag() == 0 && now.caughtUp(fed) && now.equals(previous) ? stable + 1 : 0;
      long seconds = Duration.ofNanos(System.nanoTime() - began).toSeconds();
      if (poll % PROGRESS_EVERY == 0 || stable >= STABLE_POLLS) {
        out.println(progress(seconds, now));
      }
      if (stable >= STABLE_POLLS) {
        return Outcome.DRAINED;
      }
      if (seconds > timeout.toSeconds()) {
        out.println("The pipeline did not drain within " + timeout.toMinutes() + " min");
        return Outcome.TIMED_OUT;
      }
      previous = now;
      Thread.sleep(POLL.toMillis());
    }
  }

  /** The counters of every job, as the report prints them. */
  Map<String, Map<String, Long>> counters() throws IOException, InterruptedException {
    Map<String, Map<String, Long>> counters = new LinkedHashMap<>();
    counters.put(
        Accounting.NORMALIZER, cluster.counters(Accounting.NORMALIZER, NORMALIZER_COUNTERS));
    counters.put(Accounting.PERIODIZE, cluster.counters(Accounting.PERIODIZE, PERIODIZE_COUNTERS));
    for (String detector : List.of("leak-detection", "power-anomaly")) {
      counters.put(detector, Map.of(SOURCE_RECORDS, cluster.sourceRecords(detector)));
    }
    return counters;
  }

  private long normalizerRead() throws IOException, InterruptedException {
    return cluster.counters(Accounting.NORMALIZER, List.of("recordsIn")).get("recordsIn");
  }

  private String jobsNotRunning() {
    try {
      return cluster.notRunning().toString();
    } catch (Exception e) {
      return "unknown (" + e + ")";
    }
  }

  private long watchSeconds() {
    return Duration.ofNanos(System.nanoTime() - started).toSeconds();
  }

  private Snapshot snapshot() throws InterruptedException, ExecutionException {
    Map<String, Map<String, Long>> counters;
    try {
      counters = counters();
    } catch (IOException e) {
      // Metrics are not there until every task runs: not drained yet.
      counters = Map.of();
    }
    long lag =
        kafka.lag(
                "meterflow-" + Accounting.NORMALIZER,
                List.of(topics.headEnd(), topics.json()),
                false)
            + kafka.lag("meterflow-" + Accounting.PERIODIZE, List.of(topics.normalized()), true)
            + kafka.lag(
                "meterflow-leak-detection", List.of(topics.intervals(), topics.normalized()), true)
            + kafka.lag(
                "meterflow-power-anomaly", List.of(topics.intervals(), topics.normalized()), true);
    long outputs =
        kafka.records(
            List.of(
                topics.normalized(),
                topics.rejected(),
                topics.late(),
                topics.intervals(),
                topics.aggregates(),
                topics.alarms()));
    return new Snapshot(counters, lag, outputs);
  }

  private static String progress(long seconds, Snapshot now) {
    String jobs =
        now.counters().entrySet().stream()
            .map(job -> job.getKey() + " " + figures(job.getValue()))
            .collect(Collectors.joining(" | "));
    return String.format(
        Locale.ROOT,
        "[%4d s] %s | lag %d | output records %d",
        seconds,
        jobs.isEmpty() ? "starting" : jobs,
        now.lag(),
        now.outputRecords());
  }

  private static String figures(Map<String, Long> counters) {
    if (counters.containsKey("recordsIn")) {
      return counters.get("recordsIn") + " in/" + counters.get("readingsNormalized") + " out";
    }
    if (counters.containsKey("readingsIn")) {
      return counters.get("readingsIn") + " in/" + counters.get("readingsAccepted") + " out";
    }
    return counters.getOrDefault(SOURCE_RECORDS, 0L) + " in";
  }

  private record Snapshot(Map<String, Map<String, Long>> counters, long lag, long outputRecords) {

    /** The normalizer has read all that was fed, and dedup-and-periodize all it wrote. */
    boolean caughtUp(long fed) {
      Map<String, Long> normalizer = counters.getOrDefault(Accounting.NORMALIZER, Map.of());
      Map<String, Long> periodize = counters.getOrDefault(Accounting.PERIODIZE, Map.of());
      long normalized = normalizer.getOrDefault("readingsNormalized", -1L);
      return normalizer.getOrDefault("recordsIn", -1L) == fed
          && periodize.getOrDefault("readingsIn", -1L) == normalized;
    }
  }
}
