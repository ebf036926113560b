package io.meterflow.jobs.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.testing.FailOnce;
import io.meterflow.jobs.testing.RealServicesExtension;
import io.meterflow.jobs.testing.SuiteUnderTest;
import io.meterflow.jobs.testing.TestClusters;
import io.meterflow.jobs.testing.TopicRecords;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The suite's transactional Kafka sink against the real broker and registry: a job that fails once
 * in the middle and restores from its checkpoint leaves every record exactly once for a {@code
 * read_committed} consumer.
 */
@ExtendWith(RealServicesExtension.class)
class KafkaExactlyOnceIT {

  private static final int RECORDS = 20_000;
  private static final long FAIL_AT = 13_000;

  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.withSlots(2);

  @Test
  void shouldDeliverEveryRecordExactlyOnceAcrossAFailureAndARestore(ServiceEndpoints services)
      throws Exception {
    SuiteUnderTest suite = SuiteUnderTest.setUp(services, "kafka-eos-it");
    String topic = suite.config().topics().normalized();

    StreamExecutionEnvironment env = environment();
    new SuiteKafka(suite.config(), "kafka-eos-it")
        .writeAvro(
            env.fromSequence(0, RECORDS - 1)
                .uid("sequence")
                .name("Sequence")
                .map(KafkaExactlyOnceIT::reading, TypeInformation.of(MeterReading.class))
                .uid("readings")
                .name("Readings")
                .map(new FailOnce<MeterReading>(r -> r.getValue() == FAIL_AT))
                .uid("fail-once")
                .name("Fail once"),
            topic,
            MeterReading.class,
            OutputKeys.READING);
    env.execute("kafka-exactly-once-it");

    List<MeterReading> committed =
        new TopicRecords(services)
            .awaitCommitted(topic, MeterReading.class, RECORDS, Duration.ofSeconds(60));

    assertThat(committed).hasSize(RECORDS);
    assertThat(committed.stream().mapToLong(r -> (long) r.getValue()).sorted())
        .containsExactlyElementsOf(LongStream.range(0, RECORDS).boxed().toList());
  }

  private static MeterReading reading(long seq) {
    return ContractFixtures.reading(
            Register.WATER_VOLUME, ContractFixtures.at(Duration.ofMinutes(15 * seq)), seq)
        .setMeterId("meter-" + (seq % 50))
        .build();
  }

  private static StreamExecutionEnvironment environment() {
    Configuration configuration = new Configuration();
    configuration.set(JobManagerOptions.EXECUTION_FAILOVER_STRATEGY, "full");
    configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    configuration.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 1);
    configuration.set(
        RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(configuration);
    env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
    env.setParallelism(2);
    env.enableCheckpointing(300);
    return env;
  }
}
