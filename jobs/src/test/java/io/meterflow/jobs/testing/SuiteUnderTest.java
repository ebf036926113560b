package io.meterflow.jobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.setup.SetupCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The suite's configuration for one integration test against the shared real services: topics and a
 * keyspace of its own (unique names, so tests do not see each other's records), created by the real
 * {@code setup} command, and fast checkpoints so exactly-once outputs commit quickly.
 */
public final class SuiteUnderTest {

  private final ServiceEndpoints services;
  private final String keyspace;
  private final Map<String, String> topics;
  private final List<String> arguments = new ArrayList<>();

  private SuiteUnderTest(ServiceEndpoints services, String name, List<String> extraArguments) {
    this.services = services;
    this.keyspace = name.replace('-', '_') + "_" + UUID.randomUUID().toString().substring(0, 8);
    this.topics = TestTopics.suiteTopics(name);
    arguments.add("kafka.bootstrap.servers=" + services.kafkaBootstrapServers());
    arguments.add("registry.url=" + services.registryUrl());
    arguments.add("cassandra.contact-points=" + services.cassandraContactPoint());
    arguments.add("cassandra.local-datacenter=" + services.cassandraLocalDatacenter());
    arguments.add("cassandra.write-consistency=LOCAL_ONE");
    arguments.add("cassandra.keyspace=" + keyspace);
    arguments.add("topics.partitions=2");
    topics.forEach((topic, topicName) -> arguments.add("topics." + topic + "=" + topicName));
    arguments.add("job.execution.checkpointing.interval=1s");
    arguments.addAll(extraArguments);
  }

  /**
   * Creates the topics, schemas and tables of a new suite named after the test.
   *
   * @param extraArguments further {@code key=value} settings, e.g. a job's thresholds
   */
  public static SuiteUnderTest setUp(
      ServiceEndpoints services, String name, String... extraArguments) throws Exception {
    SuiteUnderTest suite = new SuiteUnderTest(services, name, List.of(extraArguments));
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int exitCode =
        new SetupCommand(new PrintStream(output, true, StandardCharsets.UTF_8))
            .run(suite.arguments);
    assertThat(exitCode).as(output.toString(StandardCharsets.UTF_8)).isZero();
    return suite;
  }

  public MeterflowConfig config() {
    return MeterflowConfig.fromArguments(arguments.toArray(String[]::new));
  }

  public List<String> arguments() {
    return List.copyOf(arguments);
  }

  public ServiceEndpoints services() {
    return services;
  }

  public String keyspace() {
    return keyspace;
  }

  /** A session on the shared Cassandra node, in the suite's keyspace; the caller closes it. */
  public CqlSession cassandraSession() {
    return CqlSession.builder()
        .addContactPoint(
            new InetSocketAddress(
                services.cassandraAddress().host(), services.cassandraAddress().port()))
        .withLocalDatacenter(services.cassandraLocalDatacenter())
        .withKeyspace(keyspace)
        .build();
  }
}
