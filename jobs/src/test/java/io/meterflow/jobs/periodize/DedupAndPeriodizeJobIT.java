package io.meterflow.jobs.periodize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.ids.StableIds;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.testing.RealServicesExtension;
import io.meterflow.jobs.testing.RunningJob;
import io.meterflow.jobs.testing.SuiteUnderTest;
import io.meterflow.jobs.testing.TopicRecords;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
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

  private static final int METERS = 4;
  private static final int QUARTERS = 48; // 12 hours of 15-minute index reads, plus the first
  private static final Instant START = Instant.parse("2024-03-04T00:00:00Z");
  // The watermark ends just before the last read (no out-of-orderness): every 15-minute interval
  // but the last is stated, and every hourly one but the last.
  private static final int QUARTER_INTERVALS = QUARTERS - 1;
  private static final int HOURLY_INTERVALS = QUARTERS / 4 - 1;
  private static final int EXPECTED = METERS * (QUARTER_INTERVALS + HOURLY_INTERVALS);

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(4)
              .build());

  @Test
  void shouldStateEveryIntervalOnceOnKafkaAndInCassandraAcrossALostTaskManager(
      ServiceEndpoints services, @InjectMiniCluster MiniCluster cluster) throws Exception {
    SuiteUnderTest suite =
        SuiteUnderTest.setUp(
            services,
            "periodize-it",
            "job.periodize.out-of-orderness=0s",
            "job.periodize.idleness=1s",
            "job.periodize.resolutions=PT15M;PT1H");
    MeterflowConfig config = suite.config();
    TopicRecords topics = new TopicRecords(services);
    topics.sendAvro(
        config.topics().devices(),
        DeviceInfo.class,
        device -> RecordKeys.meter(device.getTenant(), device.getMeterId()),
        devices());

    List<MeterReading> readings = readings();
    int half = readings.size() / 2;
    try (RunningJob job = RunningJob.start(new DedupAndPeriodizeJob(), config, 3)) {
      send(topics, config, readings.subList(0, half));
      // Exact duplicates of the first hour: counted and dropped, never restated.
      send(topics, config, readings.subList(0, METERS * 4));
      topics.awaitCommitted(
          config.topics().intervals(), IntervalConsumption.class, METERS, Duration.ofSeconds(120));

      cluster.terminateTaskManager(0).get();
      cluster.startTaskManager();
      send(topics, config, readings.subList(half, readings.size()));

      List<IntervalConsumption> intervals =
          topics.awaitCommitted(
              config.topics().intervals(),
              IntervalConsumption.class,
              EXPECTED,
              Duration.ofSeconds(180));
      assertThat(intervals).hasSize(EXPECTED);
      assertThat(intervals).allSatisfy(DedupAndPeriodizeJobIT::assertExpected);
      assertThat(job.client().getJobStatus().get().isGloballyTerminalState()).isFalse();

      assertThat(cassandraRows(suite)).isEqualTo(byKey(intervals));
    }
  }

  private static void assertExpected(IntervalConsumption interval) {
    int meter = Integer.parseInt(interval.getMeterId().substring("meter-".length()));
    double hours =
        Duration.between(interval.getIntervalStart(), interval.getIntervalEnd()).toMinutes() / 60.0;
    assertThat(interval.getVersion()).as("no restatement: duplicates change nothing").isEqualTo(1);
    assertThat(interval.getQuality()).isEqualTo(IntervalQuality.MEASURED);
    assertThat(interval.getConsumption())
        .isCloseTo(litresPerQuarter(meter) * 4 * hours / 1000, within(1e-9));
  }

  /** Interval key to consumption, as Cassandra holds them. */
  private static Map<String, Double> cassandraRows(SuiteUnderTest suite) {
    ServiceEndpoints services = suite.services();
    Map<String, Double> rows = new HashMap<>();
    try (CqlSession session =
        CqlSession.builder()
            .addContactPoint(
                new InetSocketAddress(
                    services.cassandraAddress().host(), services.cassandraAddress().port()))
            .withLocalDatacenter(services.cassandraLocalDatacenter())
            .withKeyspace(suite.keyspace())
            .build()) {
      for (Row row :
          session.execute(
              "SELECT meter_id, resolution, interval_start, consumption FROM"
                  + " intervals_by_series_day")) {
        rows.put(
            key(
                row.getString("meter_id"),
                row.getString("resolution"),
                row.getInstant("interval_start")),
            row.getDouble("consumption"));
      }
    }
    return rows;
  }

  private static Map<String, Double> byKey(List<IntervalConsumption> intervals) {
    return intervals.stream()
        .collect(
            Collectors.toMap(
                i -> key(i.getMeterId(), i.getResolution(), i.getIntervalStart()),
                IntervalConsumption::getConsumption));
  }

  private static String key(String meterId, String resolution, Instant start) {
    return meterId + "/" + resolution + "/" + start;
  }

  private static void send(TopicRecords topics, MeterflowConfig config, List<MeterReading> batch) {
    Function<MeterReading, String> key =
        r -> RecordKeys.series(r.getTenant(), r.getMeterId(), r.getRegister());
    topics.sendAvro(config.topics().normalized(), MeterReading.class, key, batch);
  }

  private static List<DeviceInfo> devices() {
    List<DeviceInfo> devices = new ArrayList<>();
    for (int meter = 0; meter < METERS; meter++) {
      devices.add(
          ContractFixtures.device(Commodity.WATER)
              .setMeterId("meter-" + meter)
              .setTimezone("UTC")
              .setUpdatedTime(START.minus(Duration.ofDays(30)))
              .build());
    }
    return devices;
  }

  /** Every meter's index, read every quarter hour, in time order across meters. */
  private static List<MeterReading> readings() {
    List<MeterReading> readings = new ArrayList<>();
    for (int quarter = 0; quarter <= QUARTERS; quarter++) {
      Instant time = START.plus(Duration.ofMinutes(15L * quarter));
      for (int meter = 0; meter < METERS; meter++) {
        String meterId = "meter-" + meter;
        readings.add(
            ContractFixtures.waterIndex(time, 100 + quarter * litresPerQuarter(meter) / 1000)
                .setMeterId(meterId)
                .setReadingId(
                    StableIds.readingId(
                        ContractFixtures.TENANT, meterId, Register.WATER_VOLUME, time))
                .build());
      }
    }
    return readings;
  }

  private static double litresPerQuarter(int meter) {
    return 2.5 * (meter + 1);
  }
}
