package io.meterflow.jobs.testing;

import io.meterflow.jobs.config.Setting;
import io.meterflow.jobs.config.TopicSettings;
import io.meterflow.jobs.services.ServiceEndpoints;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates Kafka topics for integration tests. The broker is shared by every test class of a run
 * (and auto-creation is off, as in production), so each test creates its own topics, with a unique
 * suffix.
 */
public final class TestTopics {
  private static final long TIMEOUT_SECONDS = 30;

  private TestTopics() {}

  /**
   * Each of the suite's topics by its short name (the key of its setting without {@code topics.},
   * e.g. {@code devices}), named {@code prefix-<short name>-<random>} so no other test uses it.
   */
  public static Map<String, String> suiteTopics(String prefix) {
    Map<String, String> topics = new LinkedHashMap<>();
    for (Setting topic : TopicSettings.TOPIC_NAMES) {
      String shortName = topic.key().substring("topics.".length());
      topics.put(shortName, uniqueName(prefix + "-" + shortName));
    }
    return topics;
  }

  /** A topic name no other test uses: {@code prefix-<random>}. */
  public static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Creates the topics with one replica each and waits until the broker has them. */
  public static void create(ServiceEndpoints endpoints, int partitions, String... topics) {
    List<NewTopic> newTopics =
        Arrays.stream(topics).map(topic -> new NewTopic(topic, partitions, (short) 1)).toList();
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers()))) {
      admin.createTopics(newTopics).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "Creating topics "
              + Arrays.toString(topics)
              + " on "
              + endpoints.kafkaBootstrapServers()
              + " failed",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics", e);
    }
  }

  /** Creates one topic with a unique name and returns that name. */
  public static String createUnique(ServiceEndpoints endpoints, String prefix, int partitions) {
    String topic = uniqueName(prefix);
    create(endpoints, partitions, topic);
    return topic;
  }
}
