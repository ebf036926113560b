package io.meterflow.jobs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterReading;
import io.meterflow.periodize.PeriodizeOutputs;
import io.meterflow.periodize.PeriodizeSettings;
import io.meterflow.periodize.PeriodizeTopology;
import io.meterflow.periodize.WatermarkPlacement;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.lib.NumberSequenceSource;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MetricOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointType;
import org.apache.flink.runtime.checkpoint.AbstractCheckpointStats;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.executiongraph.AccessExecutionJobVertex;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Runs the dedup-and-periodize topology on a mini cluster over a generated fleet (no Kafka), to
 * discarding sinks: readings/s into the periodizer once warm, then the size of a full checkpoint.
 */
public final class PeriodizeThroughput {

  /** The operator name of PeriodizeTopology whose input is counted and whose state is split out. */
  private static final String PERIODIZER = "Deduplicate and periodize series";

  private static final Duration POLL = Duration.ofSeconds(1);

  private final Path workDir;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  public PeriodizeThroughput(Path workDir) {
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
    try {
      miniCluster.start();
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
      topology(env, setup);
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
    return config;
  }

  private static void topology(StreamExecutionEnvironment env, TopologySetup setup) {
    env.setParallelism(setup.parallelism());
    DataStream<MeterReading> readings =
        env.fromSource(
                new NumberSequenceSource(0, Long.MAX_VALUE - 1),
                WatermarkStrategy.noWatermarks(),
                "Fleet reading numbers")
            .setParallelism(1)
            .uid("bench-reading-numbers")
            .map(new FleetReadings(setup.series()), TypeInformation.of(MeterReading.class))
            .setParallelism(1)
            .uid("bench-readings")
            .name("Fleet readings");
    DataStream<DeviceInfo> devices =
        env.fromSource(
                new NumberSequenceSource(0, setup.series() - 1),
                WatermarkStrategy.noWatermarks(),
                "Fleet device numbers")
            .setParallelism(1)
            .uid("bench-device-numbers")
            .map(new FleetDevices(), TypeInformation.of(DeviceInfo.class))
            .setParallelism(1)
            .uid("bench-devices")
            .name("Fleet devices");
    PeriodizeOutputs outputs =
        PeriodizeTopology.build(
            readings, devices, PeriodizeSettings.defaults(), WatermarkPlacement.IN_TOPOLOGY);
    discard(outputs.accepted(), "accepted");
    discard(outputs.late(), "late");
    discard(outputs.rejected(), "rejected");
    discard(outputs.intervals(), "intervals");
    discard(outputs.aggregates(), "aggregates");
  }

  private static <T> void discard(DataStream<T> stream, String output) {
    stream.sinkTo(new DiscardingSink<>()).uid("bench-discard-" + output).name("Discard " + output);
  }

  private TopologyFigures measure(MiniCluster miniCluster, JobID job, TopologySetup setup)
      throws Exception {
    AccessExecutionJobVertex periodizer = vertex(miniCluster, job);
    URI rest = miniCluster.getRestAddress().get();
    long warmEnd = System.nanoTime() + setup.warmUp().toNanos();
    while (System.nanoTime() < warmEnd) {
      Thread.sleep(POLL.toMillis());
    }
    long startNanos = System.nanoTime();
    long startCount = recordsIn(rest, job, periodizer);
    long endNanos = startNanos + setup.measure().toNanos();
    long count = startCount;
    long now = startNanos;
    while (now < endNanos && count < setup.recordsForDays()) {
      Thread.sleep(POLL.toMillis());
      count = recordsIn(rest, job, periodizer);
      now = System.nanoTime();
    }
    double seconds = (now - startNanos) / 1e9;
    double rate = (count - startCount) / seconds;

    long checkpointId = miniCluster.triggerCheckpoint(job, CheckpointType.FULL).get();
    AbstractCheckpointStats checkpoint = completed(miniCluster, job, checkpointId);
    long atCheckpoint = recordsIn(rest, job, periodizer);
    double hours =
        Duration.between(FleetReadings.START, FleetReadings.timeAfter(atCheckpoint, setup.series()))
                .toMinutes()
            / 60.0;
    return new TopologyFigures(
        setup,
        rate,
        checkpoint.getStateSize(),
        checkpoint.getTaskStateStats(periodizer.getJobVertexId()).getStateSize(),
        hours,
        MachineLoad.oneMinute());
  }

  private static AccessExecutionJobVertex vertex(MiniCluster miniCluster, JobID job)
      throws Exception {
    // Right after submission the graph is still being built and has no vertices.
    while (miniCluster.getJobStatus(job).get() != JobStatus.RUNNING) {
      Thread.sleep(POLL.toMillis() / 10);
    }
    AccessExecutionGraph graph = miniCluster.getExecutionGraph(job).get();
    List<String> names = new ArrayList<>();
    for (AccessExecutionJobVertex vertex : graph.getVerticesTopologically()) {
      if (vertex.getName().contains(PERIODIZER)) {
        return vertex;
      }
      names.add(vertex.getName());
    }
    throw new IllegalStateException("The job has no operator named " + PERIODIZER + ": " + names);
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

  /** Records the periodizer has read, from the REST API's job overview (updated every poll). */
  private long recordsIn(URI rest, JobID job, AccessExecutionJobVertex periodizer)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(rest.resolve("/jobs/" + job)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    for (JsonNode vertex : json.readTree(response.body()).path("vertices")) {
      if (vertex.path("id").asText().equals(periodizer.getJobVertexId().toString())) {
        return vertex.path("metrics").path("read-records").asLong();
      }
    }
    throw new IllegalStateException("The job overview has no vertex " + PERIODIZER);
  }
}
