package io.meterflow.jobs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MetricOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointType;
import org.apache.flink.runtime.checkpoint.AbstractCheckpointStats;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.executiongraph.AccessExecutionJobVertex;
import org.apache.flink.runtime.executiongraph.ErrorInfo;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs a job topology on a mini cluster over a generated fleet (no Kafka), to discarding sinks:
 * records/s into its counted operators once warm, then the size of a full checkpoint.
 */
public final class TopologyThroughput {

  static final Duration POLL = Duration.ofSeconds(1);

  private final Path workDir;

  public TopologyThroughput(Path workDir) {
    this.workDir = workDir;
  }

  public TopologyFigures run(TopologySetup setup) throws Exception {
    Configuration config = configuration(setup);
    MiniClusterConfiguration cluster =
        new MiniClusterConfiguration.Builder()
            .setConfiguration(config)
            .setNumTaskManagers(1)
            .setNumSlotsPerTaskManager(setup.parallelism())
            .build();
    MiniCluster miniCluster = new MiniCluster(cluster);
    try (BenchTopology topology = setup.topology()) {
      miniCluster.start();
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
      env.setParallelism(setup.parallelism());
      topology.attach(env, setup);
      JobID job = miniCluster.submitJob(env.getStreamGraph()).get().getJobID();
      try {
        return measure(miniCluster, job, setup);
      } finally {
        miniCluster.cancelJob(job).get(1, TimeUnit.MINUTES);
      }
    } finally {
      miniCluster.close();
    }
  }

  private Configuration configuration(TopologySetup setup) throws IOException {
    Path checkpoints = Files.createDirectories(workDir.resolve("checkpoints"));
    Configuration config = new Configuration();
    config.set(StateBackendOptions.STATE_BACKEND, setup.backend());
    config.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
    // Only the checkpoint the harness triggers, and a full one, so its size is the whole state.
    config.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofHours(1));
    config.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, false);
    config.set(PipelineOptions.GENERIC_TYPES, false);
    config.set(RestOptions.BIND_PORT, "0");
    config.set(MetricOptions.METRIC_FETCHER_UPDATE_INTERVAL, POLL);
    // A failing job must stop the run, not restart through the measurement.
    config.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    return config;
  }

  private TopologyFigures measure(MiniCluster miniCluster, JobID job, TopologySetup setup)
      throws Exception {
    RunLength length = setup.length();
    long runStart = System.nanoTime();
    StateCheckpoints checkpoints =
        new StateCheckpoints(miniCluster, job, setup, counted(miniCluster, job, setup.topology()));
    long warmEnd = runStart + length.warmUp().toNanos();
    while (System.nanoTime() < warmEnd) {
      checkpoints.poll();
    }
    // Each metrics request costs the job CPU (the fetcher collects every metric of the task
    // manager), so the measurement reads the count only at its start and end, and meanwhile only
    // checks that the job runs.
    RecordCount start = checkpoints.freshCount();
    long endNanos = start.nanos() + length.measure().toNanos();
    while (System.nanoTime() < endNanos) {
      Thread.sleep(POLL.toMillis());
      requireRunning(miniCluster, job);
    }
    RecordCount end = checkpoints.freshCount();
    double rate = (end.records() - start.records()) / ((end.nanos() - start.nanos()) / 1e9);
    double load1 = MachineLoad.oneMinute();

    long runEnd = runStart + length.maxRun().toNanos();
    while (checkpoints.marksPending() && System.nanoTime() < runEnd) {
      checkpoints.poll();
    }
    return new TopologyFigures(setup, rate, checkpoints.atMarks(), checkpoints.last(), load1);
  }

  /** The records the counted operators had read at a moment ({@link System#nanoTime()}). */
  private record RecordCount(long records, long nanos) {}

  /**
   * Polls the counted operators' input every {@link #POLL} and takes a full checkpoint as the fleet
   * passes each of {@link StateMarks#HISTORY}. Checkpoints of the heap backend copy the state
   * asynchronously, so the job keeps running while they are written.
   */
  private static final class StateCheckpoints {

    private final MiniCluster miniCluster;
    private final JobID job;
    private final TopologySetup setup;
    private final List<AccessExecutionJobVertex> counted;
    private final VertexRecords records;
    private final StateMarks marks;
    private final Map<Duration, StateSample> atMarks = new LinkedHashMap<>();
    private StateSample latest;

    StateCheckpoints(
        MiniCluster miniCluster,
        JobID job,
        TopologySetup setup,
        List<AccessExecutionJobVertex> counted)
        throws Exception {
      this.miniCluster = miniCluster;
      this.job = job;
      this.setup = setup;
      this.counted = counted;
      this.records =
          new VertexRecords(
              miniCluster.getRestAddress().get(), job, setup.topology().countedOperators());
      this.marks = new StateMarks(setup);
    }

    /** Waits one poll, fails if the job stopped, checkpoints at passed marks; the count. */
    long poll() throws Exception {
      Thread.sleep(POLL.toMillis());
      requireRunning(miniCluster, job);
      long count = records.read();
      List<Duration> passed = marks.passedAt(count);
      if (!passed.isEmpty()) {
        StateSample sample = checkpoint();
        passed.forEach(mark -> atMarks.put(mark, sample));
      }
      return count;
    }

    /**
     * The records the counted operators have read as of now. The REST API answers from the metrics
     * it fetched last and only then fetches anew (at most once per {@link #POLL}), so a single
     * request may answer with a count from long ago: the first request here fetches, the second,
     * once that is done, reads what it fetched.
     */
    RecordCount freshCount() throws Exception {
      Thread.sleep(POLL.toMillis());
      records.read();
      long nanos = System.nanoTime();
      Thread.sleep(POLL.toMillis());
      return new RecordCount(records.read(), nanos);
    }

    boolean marksPending() {
      return marks.pending();
    }

    Map<Duration, StateSample> atMarks() {
      return atMarks;
    }

    /** The checkpoint of the last mark if the run reached it, else a new one. */
    StateSample last() throws Exception {
      return marks.pending() ? checkpoint() : latest;
    }

    private StateSample checkpoint() throws Exception {
      long checkpointId = miniCluster.triggerCheckpoint(job, CheckpointType.FULL).get();
      AbstractCheckpointStats checkpoint = completed(miniCluster, job, checkpointId);
      long steps = records.read() / setup.recordsPerStep();
      double hours =
          Duration.between(FleetReadings.START, FleetReadings.time(steps)).toMinutes() / 60.0;
      long countedState = 0;
      for (AccessExecutionJobVertex vertex : counted) {
        countedState += checkpoint.getTaskStateStats(vertex.getJobVertexId()).getStateSize();
      }
      latest = new StateSample(hours, checkpoint.getStateSize(), countedState);
      return latest;
    }
  }

  private static List<AccessExecutionJobVertex> counted(
      MiniCluster miniCluster, JobID job, BenchTopology topology) throws Exception {
    // Right after submission the graph is still being built and has no vertices.
    while (miniCluster.getJobStatus(job).get() != JobStatus.RUNNING) {
      Thread.sleep(POLL.toMillis() / 10);
    }
    AccessExecutionGraph graph = miniCluster.getExecutionGraph(job).get();
    List<AccessExecutionJobVertex> counted = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (AccessExecutionJobVertex vertex : graph.getVerticesTopologically()) {
      if (topology.countedOperators().stream().anyMatch(vertex.getName()::contains)) {
        counted.add(vertex);
      }
      names.add(vertex.getName());
    }
    for (String operator : topology.countedOperators()) {
      if (names.stream().noneMatch(name -> name.contains(operator))) {
        throw new IllegalStateException("The job has no operator named " + operator + ": " + names);
      }
    }
    return counted;
  }

  private static void requireRunning(MiniCluster miniCluster, JobID job) throws Exception {
    JobStatus status = miniCluster.getJobStatus(job).get();
    if (status != JobStatus.RUNNING) {
      ErrorInfo failure = miniCluster.getExecutionGraph(job).get().getFailureInfo();
      throw new IllegalStateException(
          "The job is " + status + (failure == null ? "" : ": " + failure.getExceptionAsString()));
    }
  }

  /** The stats of the checkpoint once the job manager has recorded it as completed. */
  private static AbstractCheckpointStats completed(
      MiniCluster miniCluster, JobID job, long checkpointId) throws Exception {
    while (true) {
      AbstractCheckpointStats stats =
          miniCluster
              .getExecutionGraph(job)
              .get()
              .getCheckpointStatsSnapshot()
              .getHistory()
              .getCheckpointById(checkpointId);
      if (stats != null && stats.getStatus().isCompleted()) {
        return stats;
      }
      Thread.sleep(POLL.toMillis() / 10);
    }
  }
}
