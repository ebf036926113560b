package io.meterflow.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterReading;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.periodize.DedupAndPeriodizeJob;
import io.meterflow.jobs.periodize.WaterIndexFleet;
import io.meterflow.jobs.services.HostPort;
import io.meterflow.jobs.services.LocalServices;
import io.meterflow.jobs.services.RepositoryRoot;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.services.ServiceKind;
import io.meterflow.jobs.services.ServiceSettings;
import io.meterflow.jobs.services.StopOnExit;
import io.meterflow.jobs.testing.RealServicesExtension;
import io.meterflow.jobs.testing.RunningJob;
import io.meterflow.jobs.testing.SuiteUnderTest;
import io.meterflow.jobs.testing.TcpProxy;
import io.meterflow.jobs.testing.TopicRecords;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.flink.api.common.JobID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exactly-once under faults on a real session cluster of separate processes (a JobManager and two
 * TaskManagers, started as Flink's scripts start them, the job submitted through the REST API with
 * the fat jar): while readings stream in, TaskManagers are killed with SIGKILL three times at
 * random points (a replacement started each time), the schema registry is unreachable for a while
 * and Cassandra is stopped and started again. Afterwards every interval is on Kafka exactly once
 * for a {@code read_committed} consumer, and Cassandra holds exactly those rows.
 */
@ExtendWith(RealServicesExtension.class)
class SessionClusterFaultIT {

  // 16 hours of 15-minute index reads of 4 meters, plus the first, sent in 5 batches.
  private static final WaterIndexFleet FLEET =
      new WaterIndexFleet(4, 64, Instant.parse("2024-05-06T00:00:00Z"));
  private static final int BATCHES = 5;
  // Each kill costs a restart or two; while Cassandra or the registry is away, every attempt fails
  // within a second or two.
  private static final int RESTARTS = 100;
  private static final int SIGKILL_EXIT_VALUE = 128 + 9;
  private static final Duration TIMEOUT = Duration.ofSeconds(180);

  @Test
  void shouldStateEveryIntervalExactlyOnceAcrossKilledTaskManagersAndOutages(
      ServiceEndpoints services, LocalServices local) throws Exception {
    long seed = System.nanoTime();
    report("random seed " + seed);
    Random random = new Random(seed);
    URI registryUrl = URI.create(services.registryUrl());
    try (TcpProxy registry =
            TcpProxy.start(new HostPort(registryUrl.getHost(), registryUrl.getPort()));
        SessionCluster cluster =
            SessionCluster.start(clusterSettings(), 2, SessionClusterFaultIT::report)) {
      // A test JVM cut short must not leave the cluster behind.
      StopOnExit stopClusterOnExit = cluster.stopOnExit();
      try {
        runWithFaults(services, local, cluster, registry, random, registryUrl);
      } finally {
        stopClusterOnExit.close();
      }
    }
  }

  private static void runWithFaults(
      ServiceEndpoints services,
      LocalServices local,
      SessionCluster cluster,
      TcpProxy registry,
      Random random,
      URI registryUrl)
      throws Exception {
    List<String> settings = new ArrayList<>(WaterIndexFleet.JOB_SETTINGS);
    settings.add("registry.url=" + viaProxy(registryUrl, registry));
    SuiteUnderTest suite =
        SuiteUnderTest.setUp(services, "faults-it", settings.toArray(String[]::new));
    MeterflowConfig config = suite.config();
    TopicRecords topics = new TopicRecords(services);
    FLEET.sendDevices(topics, config);
    List<List<MeterReading>> batches = batches(FLEET.readings(), random);

    try (RunningJob job =
        RunningJob.submit(
            new DedupAndPeriodizeJob(), config, RESTARTS, cluster.restAddress(), fatJar())) {
      WaterIndexFleet.send(topics, config, batches.get(0));
      // Exact duplicates of the first hour: counted and dropped, never restated.
      WaterIndexFleet.send(topics, config, FLEET.readings().subList(0, FLEET.meters() * 4));
      topics.awaitCommitted(
          config.topics().intervals(), IntervalConsumption.class, FLEET.meters(), TIMEOUT);

      killOneTaskManager(cluster, random);
      WaterIndexFleet.send(topics, config, batches.get(1));

      report("registry unreachable");
      registry.sever();
      WaterIndexFleet.send(topics, config, batches.get(2));
      killOneTaskManager(cluster, random);
      // The restarted tasks have to fetch the schemas again: the outage is felt.
      registry.awaitRefusedConnection(TIMEOUT);
      registry.restore();
      report("registry reachable again");

      local.restart(
          ServiceKind.CASSANDRA,
          () -> {
            WaterIndexFleet.send(topics, config, batches.get(3));
            killOneTaskManager(cluster, random);
          });
      WaterIndexFleet.send(topics, config, batches.get(4));

      List<IntervalConsumption> intervals =
          topics.awaitCommitted(
              config.topics().intervals(),
              IntervalConsumption.class,
              FLEET.expectedIntervals(),
              TIMEOUT);
      assertThat(intervals).hasSize(FLEET.expectedIntervals());
      assertThat(intervals).allSatisfy(WaterIndexFleet::assertExpected);
      assertThat(job.client().getJobStatus().get().isGloballyTerminalState()).isFalse();
      assertThat(restoresFromCheckpoints(cluster.restAddress(), job.client().getJobID()))
          .as("one restore from the latest checkpoint per killed TaskManager, at least")
          .isGreaterThanOrEqualTo(3);
      assertThat(WaterIndexFleet.cassandraRows(suite)).isEqualTo(WaterIndexFleet.byKey(intervals));
    }
  }

  /** SIGKILLs one of the running TaskManagers, picked at random, and starts a replacement. */
  private static void killOneTaskManager(SessionCluster cluster, Random random) throws Exception {
    List<String> running = cluster.taskManagerIds();
    String victim = running.get(random.nextInt(running.size()));
    assertThat(cluster.killTaskManager(victim))
        .as("Process.destroyForcibly sends SIGKILL on Linux")
        .isEqualTo(SIGKILL_EXIT_VALUE);
    cluster.startTaskManager();
  }

  /** The readings in time order, cut into batches at random points around even shares. */
  private static List<List<MeterReading>> batches(List<MeterReading> readings, Random random) {
    int share = readings.size() / BATCHES;
    List<List<MeterReading>> batches = new ArrayList<>();
    int from = 0;
    for (int batch = 1; batch < BATCHES; batch++) {
      int to = batch * share + random.nextInt(share / 2) - share / 4;
      batches.add(readings.subList(from, to));
      from = to;
    }
    batches.add(readings.subList(from, readings.size()));
    return batches;
  }

  /** How often the job was restored from a checkpoint, as the JobManager's REST API counts it. */
  private static int restoresFromCheckpoints(HostPort restAddress, JobID job) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://" + restAddress + "/jobs/" + job + "/checkpoints"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body()).path("counts").path("restored").asInt();
  }

  private static String viaProxy(URI registryUrl, TcpProxy proxy) {
    return "http://127.0.0.1:" + proxy.port() + registryUrl.getPath();
  }

  /** Next to the tests' services folder, so `mvn clean` removes it. */
  private static ClusterSettings clusterSettings() {
    ClusterSettings settings = ClusterSettings.forThisProcess(RepositoryRoot::locate);
    return Optional.ofNullable(System.getProperty(ServiceSettings.DIRECTORY_PROPERTY))
        .map(services -> settings.withClusterRoot(Path.of(services).resolveSibling("it-cluster")))
        .orElse(settings)
        .withTaskSlots(1);
  }

  private static Path fatJar() {
    Path jar =
        Path.of(
            Optional.ofNullable(System.getProperty("meterflow.jar"))
                .orElseThrow(
                    () ->
                        new AssertionError(
                            "Run with -Dmeterflow.jar=<the fat jar>, as failsafe does")));
    assertThat(Files.isRegularFile(jar)).as("the fat jar " + jar + " exists").isTrue();
    return jar;
  }

  private static void report(String message) {
    System.out.println("[faults-it] " + message);
  }
}
