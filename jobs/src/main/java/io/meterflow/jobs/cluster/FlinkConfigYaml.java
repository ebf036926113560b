package io.meterflow.jobs.cluster;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code config.yaml} of the local session cluster: everything on 127.0.0.1, the given ports,
 * memory sized for a developer machine shared with Kafka, the registry and Cassandra, RocksDB state
 * and checkpoints in the cluster folder, and fast failure detection so a lost TaskManager is
 * noticed in seconds, not in the default 50 s.
 *
 * @param restPort REST endpoint and web UI
 * @param rpcPort the JobManager's RPC port
 * @param blobPort the JobManager's blob server
 */
record FlinkConfigYaml(int restPort, int rpcPort, int blobPort, int taskSlots, Path clusterRoot) {

  static final String LOOPBACK = "127.0.0.1";

  Map<String, String> entries() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("jobmanager.rpc.address", LOOPBACK);
    entries.put("jobmanager.rpc.port", String.valueOf(rpcPort));
    entries.put("jobmanager.bind-host", LOOPBACK);
    entries.put("taskmanager.bind-host", LOOPBACK);
    entries.put("taskmanager.host", LOOPBACK);
    entries.put("rest.address", LOOPBACK);
    entries.put("rest.bind-address", LOOPBACK);
    entries.put("rest.port", String.valueOf(restPort));
    entries.put("blob.server.port", String.valueOf(blobPort));
    entries.put("jobmanager.memory.process.size", "800m");
    entries.put("taskmanager.memory.process.size", "1280m");
    // RocksDB lives in managed memory; the rest of the default 40 % is better spent on task heap
    // (Kafka producers and the Cassandra driver) at this size.
    entries.put("taskmanager.memory.managed.fraction", "0.25");
    entries.put("taskmanager.numberOfTaskSlots", String.valueOf(taskSlots));
    entries.put("parallelism.default", "2");
    entries.put("state.backend.type", "rocksdb");
    entries.put(
        "execution.checkpointing.dir", clusterRoot.resolve("checkpoints").toUri().toString());
    entries.put(
        "execution.checkpointing.savepoint-dir",
        clusterRoot.resolve("savepoints").toUri().toString());
    entries.put("execution.checkpointing.incremental", "true");
    entries.put("io.tmp.dirs", clusterRoot.resolve("tmp").toString());
    entries.put("web.upload.dir", clusterRoot.resolve("uploads").toString());
    entries.put("heartbeat.interval", "2000");
    entries.put("heartbeat.timeout", "10000");
    return entries;
  }

  String render() {
    StringBuilder yaml =
        new StringBuilder("# Written by `meterflow cluster start`; rewritten at every start.\n");
    entries().forEach((key, value) -> yaml.append(key).append(": ").append(value).append('\n'));
    return yaml.toString();
  }
}
