package io.meterflow.jobs.periodize;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterReading;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.testing.RealServicesExtension;
import io.meterflow.jobs.testing.RunningJob;
import io.meterflow.jobs.testing.SuiteUnderTest;
import io.meterflow.jobs.testing.TestClusters;
import io.meterflow.jobs.testing.TopicRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dedup-and-periodize job against the real broker, registry and Cassandra: water readings (with
 * exact duplicates) in, intervals out on Kafka for a {@code read_committed} consumer and in
 * Cassandra; a TaskManager lost in the middle of the run changes none of them.
 */
@ExtendWith(RealServicesExtension.class)
class DedupAndPeriodizeJobIT {

  // 12 hours of 15-minute index reads of 4 meters, plus the first.
  private static final WaterIndexFleet FLEET =
      new WaterIndexFleet(4, 48, Instant.parse("2024-03-04T00:00:00Z"));

  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.withSlots(4);

  @Test
  void shouldStateEveryIntervalOnceOnKafkaAndInCassandraAcrossALostTaskManager(
      ServiceEndpoints services, @InjectMiniCluster MiniCluster cluster) throws Exception {
    SuiteUnderTest suite =
        SuiteUnderTest.setUp(
            services, "periodize-it", WaterIndexFleet.JOB_SETTINGS.toArray(String[]::new));
    MeterflowConfig config = suite.config();
    TopicRecords topics = new TopicRecords(services);
    FLEET.sendDevices(topics, config);

    List<MeterReading> readings = FLEET.readings();
    int half = readings.size() / 2;
    try (RunningJob job = RunningJob.start(new DedupAndPeriodizeJob(), config, 3)) {
      WaterIndexFleet.send(topics, config, readings.subList(0, half));
      // Exact duplicates of the first hour: counted and dropped, never restated.
      WaterIndexFleet.send(topics, config, readings.subList(0, FLEET.meters() * 4));
      topics.awaitCommitted(
          config.topics().intervals(),
          IntervalConsumption.class,
          FLEET.meters(),
          Duration.ofSeconds(120));

      cluster.terminateTaskManager(0).get();
      cluster.startTaskManager();
      WaterIndexFleet.send(topics, config, readings.subList(half, readings.size()));

      List<IntervalConsumption> intervals =
          topics.awaitCommitted(
              config.topics().intervals(),
              IntervalConsumption.class,
              FLEET.expectedIntervals(),
              Duration.ofSeconds(180));
      assertThat(intervals).hasSize(FLEET.expectedIntervals());
      assertThat(intervals).allSatisfy(WaterIndexFleet::assertExpected);
      assertThat(job.client().getJobStatus().get().isGloballyTerminalState()).isFalse();

      assertThat(WaterIndexFleet.cassandraRows(suite)).isEqualTo(WaterIndexFleet.byKey(intervals));
    }
  }
}
