package io.meterflow.jobs.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterflow.cassandra.sink.CassandraConnectionConfig;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.testing.RealServicesExtension;
import io.meterflow.jobs.testing.TestTopics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code meterflow setup} against the real services, run twice: the second run changes nothing. */
@ExtendWith(RealServicesExtension.class)
class SetupCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TABLES =
      List.of(
          "alarms_by_meter",
          "alarms_by_tenant_day",
          "consumption_by_area_hour",
          "daily_consumption_by_tenant",
          "intervals_by_series_day",
          "readings_by_series_day");

  @Test
  void shouldCreateTopicsSchemasAndTablesAndChangeNothingTheSecondTime(ServiceEndpoints services)
      throws Exception {
    String keyspace = "setup_it_" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> topics = TestTopics.suiteTopics("setup-it");
    List<String> args = new ArrayList<>();
    args.add("kafka.bootstrap.servers=" + services.kafkaBootstrapServers());
    args.add("registry.url=" + services.registryUrl());
    args.add("cassandra.contact-points=" + services.cassandraContactPoint());
    args.add("cassandra.local-datacenter=" + services.cassandraLocalDatacenter());
    args.add("cassandra.write-consistency=LOCAL_ONE");
    args.add("cassandra.keyspace=" + keyspace);
    args.add("topics.partitions=3");
    topics.forEach((topic, name) -> args.add("topics." + topic + "=" + name));

    String first = setup(args);
    String second = setup(args);

    String devices = topics.get("devices");
    assertThat(first)
        .contains("topic " + devices + ": created (3 partitions, replication 1, compacted)")
        .contains("topic " + topics.get("alarms") + ": created (3 partitions, replication 1)")
        .contains("schema " + topics.get("alarms") + "-value: registered")
        .contains("cassandra keyspace " + keyspace + ": 8 statements applied")
        .endsWith("setup complete" + System.lineSeparator());
    assertThat(second)
        .contains("topic " + devices + ": exists (3 partitions, compacted)")
        .contains("topic " + topics.get("alarms") + ": exists (3 partitions)")
        .doesNotContain("created");
    assertTopics(services, topics);
    assertSubjects(services, topics);
    assertTables(services, keyspace);
  }

  private static String setup(List<String> args) throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int exitCode =
        new SetupCommand(new PrintStream(output, true, StandardCharsets.UTF_8)).run(args);
    assertThat(exitCode).isZero();
    return output.toString(StandardCharsets.UTF_8);
  }

  private static void assertTopics(ServiceEndpoints services, Map<String, String> topics)
      throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, services.kafkaBootstrapServers()))) {
      Map<String, TopicDescription> described =
          admin.describeTopics(topics.values()).allTopicNames().get(30, TimeUnit.SECONDS);
      assertThat(described.values())
          .hasSize(10)
          .allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
      for (Map.Entry<String, String> topic : topics.entrySet()) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.getValue());
        Config config =
            admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
        boolean compacted = List.of("devices", "register-mappings").contains(topic.getKey());
        assertThat(config.get("cleanup.policy").value())
            .as(topic.getValue())
            .isEqualTo(compacted ? "compact" : "delete");
        // Readings of the past must not fall under time retention the moment they are written.
        assertThat(config.get("message.timestamp.type").value())
            .as(topic.getValue())
            .isEqualTo("LogAppendTime");
      }
    }
  }

  private static void assertSubjects(ServiceEndpoints services, Map<String, String> topics)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (Map.Entry<String, String> topic : topics.entrySet()) {
      HttpResponse<String> versions =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          services.registryUrl()
                              + "/subjects/"
                              + topic.getValue()
                              + "-value/versions"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (topic.getKey().equals("json")) {
        assertThat(versions.statusCode()).as("the JSON topic has no schema").isEqualTo(404);
      } else {
        assertThat(versions.statusCode()).as(topic.getValue()).isEqualTo(200);
        JsonNode list = JSON.readTree(versions.body());
        assertThat(list).as("one version after two runs").hasSize(1);
      }
    }
  }

  private static void assertTables(ServiceEndpoints services, String keyspace) {
    CassandraConnectionConfig connection =
        CassandraConnectionConfig.builder()
            .setContactPoints(List.of(services.cassandraContactPoint()))
            .setLocalDatacenter(services.cassandraLocalDatacenter())
            .build();
    try (CqlSession session = connection.openSession()) {
      List<Row> tables =
          session
              .execute(
                  "SELECT table_name, default_time_to_live FROM system_schema.tables"
                      + " WHERE keyspace_name = ?",
                  keyspace)
              .all();
      assertThat(tables)
          .extracting(row -> row.getString("table_name"))
          .containsExactlyElementsOf(TABLES);
      assertThat(tables)
          .filteredOn(row -> row.getString("table_name").equals("readings_by_series_day"))
          .singleElement()
          .extracting(row -> row.getInt("default_time_to_live"))
          .isEqualTo(400 * 24 * 3600);
    }
  }
}
