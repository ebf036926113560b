package io.meterflow.jobs.services;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.Uuid;

/**
 * A Kafka broker in KRaft combined mode (broker and controller in one JVM) on 127.0.0.1, run from
 * the classpath of {@code jobs/local-services/kafka}. Its log is {@code kafka/server.log}.
 */
record KafkaBroker(Jdk jdk, String classpath) implements LocalService {
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

  @Override
  public ServiceKind kind() {
    return ServiceKind.KAFKA;
  }

  @Override
  public StartedService start(ServiceFolder folder, FreePorts ports, Duration readyTimeout)
      throws IOException, InterruptedException {
    int port = ports.next();
    Path config =
        ServiceConfigFiles.write(
            folder,
            "server.properties",
            new KafkaServerProperties(port, ports.next(), folder.resolve("data")).render());
    Path logging = ServiceConfigFiles.copyResource("kafka-log4j2.properties", folder);
    JvmArguments jvm =
        new JvmArguments()
            .add("-Xms512m", "-Xmx512m")
            .property("java.awt.headless", true)
            .property("log4j2.configurationFile", logging.toUri())
            .add("-cp", classpath);
    formatStorage(folder, jvm, config, readyTimeout);

    ServiceProcess process =
        ServiceProcess.launch(
            folder,
            jdk.java(),
            jvm.followedBy("kafka.Kafka", config.toString()),
            folder.resolve("server.log"));
    HostPort address = new HostPort(FreePorts.LOOPBACK, port);
    LogLine started = new LogLine(process.logFile(), "Kafka Server started");
    Readiness.await(
        kind().displayName(),
        address.toString(),
        process,
        readyTimeout,
        () -> started.appeared() && answers(address));
    return new StartedService(kind(), process, address.toString());
  }

  static boolean answers(HostPort broker) {
    return KafkaApiVersionsProbe.answers(broker, PROBE_TIMEOUT);
  }

  /** KRaft needs its metadata log formatted with a cluster id before the first start. */
  private void formatStorage(ServiceFolder folder, JvmArguments jvm, Path config, Duration timeout)
      throws IOException, InterruptedException {
    Path log = folder.resolve("format.log");
    List<String> command = new ArrayList<>();
    command.add(jdk.java().toString());
    command.addAll(
        jvm.followedBy(
            "kafka.tools.StorageTool",
            "format",
            "--cluster-id",
            Uuid.randomUuid().toString(),
            "--config",
            config.toString()));
    ToolRun.run(command, folder.dir(), log, timeout, "Formatting the Kafka storage");
  }
}
