package io.meterflow.jobs.bench;

import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.config.Setting;
import io.meterflow.jobs.config.TopicSettings;
import io.meterflow.jobs.launch.SuiteCluster;
import io.meterflow.jobs.launch.SuiteJob;
import io.meterflow.jobs.normalizer.IngestNormalizerJob;
import io.meterflow.jobs.periodize.DedupAndPeriodizeJob;
import io.meterflow.jobs.services.AcquiredServices;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.setup.SetupCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.JobStatus;

/**
 * End to end with the real broker: a head-end topic filled ahead of time, then the catch-up of
 * ingest-normalizer plus dedup-and-periodize (the real jobs, Kafka and Cassandra sinks included, at
 * parallelism 1 on one mini cluster) until dedup-and-periodize has read every reading, against the
 * limit of a plain consumer reading and decoding the same topic.
 */
final class CatchUpBenchmark {

  /** A fleet's 200 reads, 50 hours: past the periodizer's 48-hour allowed lateness. */
  private static final long STEPS = 200;

  /**
   * How often the periodizer's count is read, and the REST API's metric refresh: at 200 ms the
   * refresh took a fifth of the cluster's CPU samples.
   */
  private static final Duration POLL = Duration.ofSeconds(1);

  private static final Duration TIMEOUT = Duration.ofMinutes(15);

  private final PrintStream out;
  private final long readings;

  CatchUpBenchmark(PrintStream out, boolean quick) {
    this.out = out;
    this.readings = quick ? 500_000 : 2_000_000;
  }

  /** The figures, or none when no services could be had (a line says why). */
  List<BenchFigure> run() throws Exception {
    AcquiredServices services;
    try {
      services = AcquiredServices.acquire(out);
    } catch (IOException | RuntimeException e) {
      out.println("end to end: SKIPPED, no local services: " + e.getMessage());
      return List.of();
    }
    try (services) {
      MeterflowConfig config = config(services.endpoints());
      new SetupCommand(out).run(config);
      try (BenchTopics topics = new BenchTopics(config)) {
        return measure(topics.headEndBacklog(), config);
      }
    }
  }

  private List<BenchFigure> measure(HeadEndBacklog backlog, MeterflowConfig config)
      throws Exception {
    long meters = readings / STEPS;
    out.printf(
        "end to end: filling the head-end topic with %d readings of %d meters%n", readings, meters);
    double fill = backlog.fill(readings, meters);
    out.println("end to end: plain consumer, read and decode");
    double limit = backlog.readLimit(readings);
    out.println("end to end: ingest-normalizer + dedup-and-periodize catching up");
    Optional<CatchUpTimes> times = catchUp(config);
    if (times.isEmpty()) {
      out.printf("end to end: dedup-and-periodize did not read all %d readings%n", readings);
    }
    return new CatchUpFigures(readings, fill, limit, times).figures(MachineLoad.oneMinute());
  }

  private Optional<CatchUpTimes> catchUp(MeterflowConfig config) throws Exception {
    SuiteJob periodize = new DedupAndPeriodizeJob();
    List<SuiteJob> jobs = List.of(new IngestNormalizerJob(), periodize);
    try (SuiteCluster cluster = SuiteCluster.start(jobs.size(), POLL)) {
      long start = System.nanoTime();
      for (SuiteJob job : jobs) {
        cluster.submit(job, config);
      }
      long deadline = start + TIMEOUT.toNanos();
      long first = 0;
      long read = 0;
      long now = System.nanoTime();
      while (read < readings && now < deadline) {
        Map<String, JobStatus> notRunning = cluster.notRunning();
        if (notRunning.values().stream().anyMatch(JobStatus::isTerminalState)) {
          out.println("end to end: jobs ended: " + notRunning);
          return Optional.empty();
        }
        Thread.sleep(POLL.toMillis());
        read = cluster.recordsIn(periodize.name(), PeriodizeBench.PERIODIZER);
        now = System.nanoTime();
        if (first == 0 && read > 0) {
          first = now;
        }
      }
      if (read < readings) {
        return Optional.empty();
      }
      return Optional.of(new CatchUpTimes((now - start) / 1e9, (now - first) / 1e9));
    }
  }

  private static MeterflowConfig config(ServiceEndpoints endpoints) {
    // The benchmark's own topics and keyspace: running services may hold others' records.
    String run = "bench_" + Long.toString(System.currentTimeMillis() / 1000, 36);
    List<String> settings = new ArrayList<>(endpoints.asPropertyLines());
    for (Setting topic : TopicSettings.TOPIC_NAMES) {
      settings.add(topic.key() + "=" + topic.defaultValue() + "." + run);
    }
    settings.add("cassandra.keyspace=meterflow_" + run);
    settings.add("topics.partitions=1");
    // Exactly-once: the normalizer's readings reach dedup-and-periodize at each checkpoint.
    settings.add("job.execution.checkpointing.interval=1s");
    // A failing job must show as a missing figure, not restart through the measurement.
    settings.add("job.restart-strategy.type=none");
    return MeterflowConfig.fromArguments(settings.toArray(String[]::new));
  }
}
