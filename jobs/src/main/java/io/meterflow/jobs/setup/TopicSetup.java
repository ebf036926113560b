package io.meterflow.jobs.setup;

import io.meterflow.jobs.config.KafkaSettings;
import io.meterflow.jobs.config.TopicSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the suite's topics that do not exist yet, with the configured partitions and replicas and
 * broker-side timestamps; device data and register mappings are compacted. Existing topics keep
 * their partitions (adding partitions would move keys to other partitions); a compacted topic that
 * lost its compaction gets it back.
 */
final class TopicSetup {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final KafkaSettings kafka;
  private final TopicSettings topics;
  private final Consumer<String> report;

  TopicSetup(KafkaSettings kafka, TopicSettings topics, Consumer<String> report) {
    this.kafka = kafka;
    this.topics = topics;
    this.report = report;
  }

  void apply() throws InterruptedException, ExecutionException, TimeoutException {
    Properties properties = kafka.clientProperties();
    properties.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "meterflow-setup");
    try (Admin admin = Admin.create(properties)) {
      Set<String> existing = admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (String topic : topics.all()) {
        if (!existing.contains(topic)) {
          missing.add(newTopic(topic));
        }
      }
      create(admin, missing);
      checkExisting(admin, topics.all().stream().filter(existing::contains).toList());
    }
  }

  /**
   * The broker stamps each record with the time it appended it: the suite's writers give records
   * their event time, and readings of the past (a backfill, a head end catching up) would otherwise
   * fall under time retention at once and be deleted before the next job reads them. The jobs take
   * event time from the records' contents, never from the Kafka timestamp.
   */
  private NewTopic newTopic(String topic) {
    Map<String, String> configs = new HashMap<>();
    configs.put(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime");
    if (topics.compacted().contains(topic)) {
      configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    }
    return new NewTopic(topic, topics.partitions(), topics.replicationFactor()).configs(configs);
  }

  private void create(Admin admin, List<NewTopic> missing)
      throws InterruptedException, ExecutionException, TimeoutException {
    for (Map.Entry<String, KafkaFuture<Void>> created :
        admin.createTopics(missing).values().entrySet()) {
      try {
        created.getValue().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        report.accept(
            "topic "
                + created.getKey()
                + ": created ("
                + topics.partitions()
                + " partitions, replication "
                + topics.replicationFactor()
                + (topics.compacted().contains(created.getKey()) ? ", compacted" : "")
                + ")");
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
        // Another setup created it in the meantime: the same outcome.
        report.accept("topic " + created.getKey() + ": exists");
      }
    }
  }

  private void checkExisting(Admin admin, Collection<String> existing)
      throws InterruptedException, ExecutionException, TimeoutException {
    if (existing.isEmpty()) {
      return;
    }
    Map<String, TopicDescription> descriptions =
        admin.describeTopics(existing).allTopicNames().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    for (String topic : existing) {
      int partitions = descriptions.get(topic).partitions().size();
      String note =
          partitions == topics.partitions()
              ? ""
              : "; topics.partitions is " + topics.partitions() + ", left as is";
      if (topics.compacted().contains(topic)) {
        note += ensureCompacted(admin, topic);
      }
      report.accept("topic " + topic + ": exists (" + partitions + " partitions" + note + ")");
    }
  }

  private String ensureCompacted(Admin admin, String topic)
      throws InterruptedException, ExecutionException, TimeoutException {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    Config config =
        admin
            .describeConfigs(List.of(resource))
            .all()
            .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
            .get(resource);
    ConfigEntry policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
    if (policy != null && policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
      return ", compacted";
    }
    AlterConfigOp compact =
        new AlterConfigOp(
            new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
            AlterConfigOp.OpType.SET);
    admin
        .incrementalAlterConfigs(Map.of(resource, List.of(compact)))
        .all()
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    return ", compaction switched on";
  }
}
