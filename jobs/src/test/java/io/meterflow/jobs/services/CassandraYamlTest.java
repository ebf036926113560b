package io.meterflow.jobs.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CassandraYamlTest {
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  @Test
  void shouldDescribeASingleNodeOnLoopbackWithEveryFolderUnderTheDataFolder() throws IOException {
    String rendered = new CassandraYaml(19042, 17000, Path.of("/srv/cassandra/data")).render();

    JsonNode expected =
        yaml.readTree(
            String.join(
                "\n",
                "cluster_name: meterflow-local",
                "num_tokens: 1",
                "initial_token: 0",
                "auto_bootstrap: false",
                "partitioner: org.apache.cassandra.dht.Murmur3Partitioner",
                "authenticator: AllowAllAuthenticator",
                "authorizer: AllowAllAuthorizer",
                "endpoint_snitch: SimpleSnitch",
                "seed_provider:",
                "  - class_name: org.apache.cassandra.locator.SimpleSeedProvider",
                "    parameters:",
                "      - seeds: 127.0.0.1:17000",
                "listen_address: 127.0.0.1",
                "rpc_address: 127.0.0.1",
                "storage_port: 17000",
                "start_native_transport: true",
                "native_transport_port: 19042",
                "data_file_directories: [/srv/cassandra/data/data]",
                "commitlog_directory: /srv/cassandra/data/commitlog",
                "hints_directory: /srv/cassandra/data/hints",
                "saved_caches_directory: /srv/cassandra/data/saved_caches",
                "cdc_raw_directory: /srv/cassandra/data/cdc_raw",
                "commitlog_sync: periodic",
                "commitlog_sync_period: 10000ms",
                "memtable_heap_space: 64MiB",
                "memtable_offheap_space: 64MiB"));
    assertThat(yaml.readTree(rendered)).isEqualTo(expected);
  }

  @Test
  void shouldQuoteFoldersWhoseNamesYamlWouldMisread() throws IOException {
    String rendered = new CassandraYaml(1, 2, Path.of("/tmp/a \"quoted\": #folder")).render();

    assertThat(yaml.readTree(rendered).get("commitlog_directory").asText())
        .isEqualTo("/tmp/a \"quoted\": #folder/commitlog");
  }
}
