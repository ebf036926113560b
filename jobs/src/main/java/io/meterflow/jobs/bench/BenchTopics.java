package io.meterflow.jobs.bench;

import io.meterflow.jobs.config.MeterflowConfig;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;

/** The end-to-end benchmark's own topics on the broker, deleted when it is done. */
final class BenchTopics implements AutoCloseable {

  private final MeterflowConfig config;
  private final Admin admin;
  private final List<String> topics;

  BenchTopics(MeterflowConfig config) {
    this.config = config;
    this.admin = Admin.create(config.kafka().clientProperties());
    this.topics = List.copyOf(config.topics().all());
  }

  /** The head-end topic, to fill and read back. */
  HeadEndBacklog headEndBacklog() {
    return new HeadEndBacklog(
        config.kafka().clientProperties(),
        config.registry().clientSettings(),
        config.topics().headEnd());
  }

  @Override
  public void close() throws ExecutionException {
    try {
      admin.deleteTopics(topics).all().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      admin.close();
    }
  }
}
