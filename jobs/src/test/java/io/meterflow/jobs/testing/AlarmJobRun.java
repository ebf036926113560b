package io.meterflow.jobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.launch.SuiteJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * One run of an alarm job (leak detection, power anomaly) of a suite under test, fed as the
 * upstream jobs would feed it: DeviceInfo on the compacted devices topic first, then intervals and
 * normalized readings, keyed as the suite keys them. Event time only moves with the data, so the
 * inputs must end with normal data past the last alarm expected.
 */
public final class AlarmJobRun {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private AlarmJobRun() {}

  /** The MiniCluster an alarm job runs on: one TaskManager with slots to spare. */
  public static MiniClusterExtension miniCluster() {
    return new MiniClusterExtension(
        new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(4)
            .build());
  }

  /**
   * Runs the job on the inputs and returns every alarm committed on {@code meter.alarms} once there
   * are at least {@code expected}: more means the job repeated itself. The job must still be
   * running then (no restart budget used up).
   */
  public static List<MeterAlarm> run(
      SuiteUnderTest suite,
      SuiteJob job,
      List<DeviceInfo> devices,
      List<IntervalConsumption> intervals,
      List<MeterReading> readings,
      int expected)
      throws Exception {
    MeterflowConfig config = suite.config();
    TopicRecords topics = new TopicRecords(suite.services());
    topics.sendAvro(
        config.topics().devices(),
        DeviceInfo.class,
        device -> RecordKeys.meter(device.getTenant(), device.getMeterId()),
        devices);
    try (RunningJob running = RunningJob.start(job, config, 2)) {
      awaitDevicesLoaded(suite, job);
      topics.sendAvro(
          config.topics().intervals(),
          IntervalConsumption.class,
          i -> RecordKeys.series(i.getTenant(), i.getMeterId(), i.getRegister()),
          intervals);
      topics.sendAvro(
          config.topics().normalized(),
          MeterReading.class,
          r -> RecordKeys.series(r.getTenant(), r.getMeterId(), r.getRegister()),
          readings);
      List<MeterAlarm> alarms =
          topics.awaitCommitted(config.topics().alarms(), MeterAlarm.class, expected, TIMEOUT);
      assertThat(running.client().getJobStatus().get().isGloballyTerminalState())
          .as("the job runs on")
          .isFalse();
      AlarmTables.awaitLatestSteps(suite, alarms, TIMEOUT);
      return alarms;
    }
  }

  /**
   * Waits until the job has committed its consumer group's offsets at the end of the devices topic:
   * a checkpoint completed after every DeviceInfo reached the rules' state. DeviceInfo takes no
   * part in event time, so data sent before would race it, and be judged without its meter's master
   * data (no fuse, no Q3, no area).
   */
  private static void awaitDevicesLoaded(SuiteUnderTest suite, SuiteJob job) {
    String topic = suite.config().topics().devices();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                suite.services().kafkaBootstrapServers(),
                // The suite's jobs consume as meterflow-<job name> (SuiteKafka).
                ConsumerConfig.GROUP_ID_CONFIG,
                "meterflow-" + job.name(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      Set<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .collect(Collectors.toSet());
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (!committedAtEnd(consumer.committed(partitions), end)) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              "The job did not commit the end of " + topic + " " + end + " within " + TIMEOUT);
        }
        // At the end of the topic nothing comes: a pause between two looks at the offsets.
        consumer.poll(Duration.ofMillis(200));
      }
    }
  }

  private static boolean committedAtEnd(
      Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, Long> end) {
    return end.entrySet().stream()
        .allMatch(
            partition ->
                partition.getValue() == 0
                    || (committed.get(partition.getKey()) != null
                        && committed.get(partition.getKey()).offset() >= partition.getValue()));
  }
}
