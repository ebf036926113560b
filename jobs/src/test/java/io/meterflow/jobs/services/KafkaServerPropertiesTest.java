package io.meterflow.jobs.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaServerPropertiesTest {

  @Test
  void shouldDescribeASingleNodeKraftBrokerOnLoopback() throws IOException {
    String rendered = new KafkaServerProperties(19092, 19093, Path.of("/srv/kafka/data")).render();

    Properties properties = new Properties();
    properties.load(new StringReader(rendered));
    assertThat(properties)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:19093"),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry(
                    "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", "/srv/kafka/data"),
                Map.entry("num.partitions", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("group.initial.rebalance.delay.ms", "0")));
  }
}
