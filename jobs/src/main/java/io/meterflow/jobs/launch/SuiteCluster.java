package io.meterflow.jobs.launch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.normalizer.NormalizerMetrics;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.MetricOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * One local Flink cluster in this process (a {@link MiniCluster} with its REST API and web UI on
 * 127.0.0.1) that runs all four jobs of the suite, and reads their counters back through the REST
 * API, as a user would see them in the web UI.
 */
public final class SuiteCluster implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PER_REASON = "." + NormalizerMetrics.REASON + ".";

  private final MiniCluster cluster;
  private final URI rest;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final Map<String, JobID> jobs = new LinkedHashMap<>();

  private SuiteCluster(MiniCluster cluster, URI rest) {
    this.cluster = cluster;
    this.rest = rest;
  }

  /**
   * Starts a cluster with a slot for each of {@code jobs} jobs, each at parallelism 1, whose REST
   * API refreshes metrics every {@code metricFetchInterval}: a short interval costs the cluster
   * CPU.
   */
  public static SuiteCluster start(int jobs, Duration metricFetchInterval) throws Exception {
    Configuration flink = new Configuration();
    flink.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
    flink.set(RestOptions.ADDRESS, "127.0.0.1");
    flink.set(RestOptions.BIND_PORT, "0");
    // The REST API serves metrics from a cache, refreshed at this interval.
    flink.set(MetricOptions.METRIC_FETCHER_UPDATE_INTERVAL, metricFetchInterval);
    flink.set(TaskManagerOptions.NUM_TASK_SLOTS, jobs);
    MiniCluster cluster =
        new MiniCluster(
            new MiniClusterConfiguration.Builder()
                .setConfiguration(flink)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(jobs)
                .setCommonBindAddress("127.0.0.1")
                .build());
    cluster.start();
    try {
      URI rest = cluster.getRestAddress().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      return new SuiteCluster(cluster, rest);
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
  }

  public URI webUi() {
    return rest;
  }

  /** Submits the job with the configuration's {@code job.*} settings, at parallelism 1. */
  public void submit(SuiteJob job, MeterflowConfig config) throws Exception {
    Configuration flink = JobLauncher.flinkConfiguration(config);
    flink.set(CoreOptions.DEFAULT_PARALLELISM, 1);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
    job.attach(env, config);
    StreamGraph graph = env.getStreamGraph();
    graph.setJobName(JobLauncher.jobName(job));
    JobID id = cluster.submitJob(graph).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).getJobID();
    jobs.put(job.name(), id);
  }

  /** The jobs that are not RUNNING, with their status: empty while all is well. */
  public Map<String, JobStatus> notRunning() throws Exception {
    Map<String, JobStatus> failing = new LinkedHashMap<>();
    for (Map.Entry<String, JobID> job : jobs.entrySet()) {
      JobStatus status =
          cluster.getJobStatus(job.getValue()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (status != JobStatus.RUNNING) {
        failing.put(job.getKey(), status);
      }
    }
    return failing;
  }

  /**
   * The job's user counters summed over its operators and subtasks, by their last name segment
   * ({@code <operator>.normalizer.recordsIn} counts as {@code recordsIn}), restricted to {@code
   * names}.
   */
  public Map<String, Long> counters(String job, List<String> names)
      throws IOException, InterruptedException {
    Map<String, Long> sums = new LinkedHashMap<>();
    names.forEach(name -> sums.put(name, 0L));
    JobID id = jobs.get(job);
    for (JsonNode vertex : get("/jobs/" + id).path("vertices")) {
      String path = "/jobs/" + id + "/vertices/" + vertex.get("id").asText() + "/subtasks/metrics";
      List<String> wanted = new ArrayList<>();
      for (JsonNode metric : get(path)) {
        String metricId = metric.get("id").asText();
        // Rejects are also counted per reason, in a key-value group: those would count twice.
        if (names.contains(lastSegment(metricId)) && !metricId.contains(PER_REASON)) {
          wanted.add(metricId);
        }
      }
      if (wanted.isEmpty()) {
        continue;
      }
      String query =
          "?agg=sum&get=" + URLEncoder.encode(String.join(",", wanted), StandardCharsets.UTF_8);
      for (JsonNode value : get(path + query)) {
        sums.merge(lastSegment(value.get("id").asText()), value.get("sum").asLong(), Long::sum);
      }
    }
    return sums;
  }

  /** The records the job's sources read, from the web UI's vertex figures. */
  public long sourceRecords(String job) throws IOException, InterruptedException {
    return vertexRecords(job, name -> name.startsWith("Source"), "write-records");
  }

  /**
   * The records the job's operators named {@code operator} read, from the web UI's vertex figures
   * (a vertex counts when its chain's name contains the operator's).
   */
  public long recordsIn(String job, String operator) throws IOException, InterruptedException {
    return vertexRecords(job, name -> name.contains(operator), "read-records");
  }

  private long vertexRecords(String job, Predicate<String> vertexName, String metric)
      throws IOException, InterruptedException {
    long records = 0;
    for (JsonNode vertex : get("/jobs/" + jobs.get(job)).path("vertices")) {
      if (vertexName.test(vertex.get("name").asText())) {
        records += vertex.path("metrics").path(metric).asLong();
      }
    }
    return records;
  }

  private static String lastSegment(String metricId) {
    return metricId.substring(metricId.lastIndexOf('.') + 1);
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(rest.resolve(path)).timeout(TIMEOUT).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(
          "Flink REST " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  @Override
  public void close() {
    try {
      cluster.closeAsync().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("The local Flink cluster did not stop: " + e, e);
    }
  }
}
