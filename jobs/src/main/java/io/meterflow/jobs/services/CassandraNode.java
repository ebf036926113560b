package io.meterflow.jobs.services;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A single Cassandra 5.0 node on 127.0.0.1, run from the classpath of {@code
 * jobs/local-services/cassandra} on a Java 17 runtime. Its log is {@code cassandra/system.log}.
 */
record CassandraNode(Jdk jdk, String classpath) implements LocalService {
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

  /**
   * The JPMS block of Cassandra's own {@code conf/jvm17-server.options}: without it the node stops
   * with "FATAL: Cassandra is unable to access required classes". The Netty properties come from
   * the same file.
   */
  static final List<String> JAVA17_OPTIONS =
      List.of(
          "-Djdk.attach.allowAttachSelf=true",
          "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
          "--add-exports=java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED",
          "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
          "--add-exports=java.rmi/sun.rmi.server=ALL-UNNAMED",
          "--add-exports=java.sql/java.sql=ALL-UNNAMED",
          "--add-exports=java.base/java.lang.ref=ALL-UNNAMED",
          "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
          "--add-exports=jdk.attach/sun.tools.attach=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.module=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.loader=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.reflect=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.math=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.module=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.util.jar=ALL-UNNAMED",
          "--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "-Dio.netty.tryReflectionSetAccessible=true",
          "-Dio.netty.allocator.useCacheForAllThreads=true",
          "-Dio.netty.allocator.maxOrder=11");

  @Override
  public ServiceKind kind() {
    return ServiceKind.CASSANDRA;
  }

  @Override
  public StartedService start(ServiceFolder folder, FreePorts ports, Duration readyTimeout)
      throws IOException, InterruptedException {
    Path data = folder.resolve("data");
    HostPort address = new HostPort(FreePorts.LOOPBACK, ports.next());
    Path config =
        ServiceConfigFiles.write(
            folder,
            "cassandra.yaml",
            new CassandraYaml(address.port(), ports.next(), data).render());
    Path logging = ServiceConfigFiles.copyResource("cassandra-logback.xml", folder);
    List<String> arguments =
        new JvmArguments()
            // Stop rather than go on in an unknown state, as Cassandra's startup checks advise.
            .add("-Xms256m", "-Xmx512m", "-XX:+ExitOnOutOfMemoryError")
            .addAll(JAVA17_OPTIONS)
            .property("java.net.preferIPv4Stack", true)
            .property("cassandra.config", config.toUri())
            .property("cassandra-foreground", "yes")
            .property("cassandra.storagedir", data)
            .property("cassandra.logdir", folder.dir())
            .property("logback.configurationFile", logging.toUri())
            // A single node has nobody to gossip with: do not wait for the ring to settle.
            .property("cassandra.skip_wait_for_gossip_to_settle", 0)
            .property("cassandra.ring_delay_ms", 0)
            .add("-cp", classpath)
            .followedBy("org.apache.cassandra.service.CassandraDaemon");
    ServiceProcess process =
        ServiceProcess.launch(folder, jdk.java(), arguments, folder.resolve("system.log"));
    Readiness.await(
        kind().displayName(), address.toString(), process, readyTimeout, () -> answers(address));
    return new StartedService(kind(), process, address.toString());
  }

  static boolean answers(HostPort node) {
    return CqlOptionsProbe.answers(node, PROBE_TIMEOUT);
  }
}
