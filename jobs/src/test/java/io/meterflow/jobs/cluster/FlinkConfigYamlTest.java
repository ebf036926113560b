package io.meterflow.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FlinkConfigYamlTest {

  @Test
  void shouldKeepEveryEndpointOnLoopbackAndEveryFileInTheClusterFolder() {
    String yaml = new FlinkConfigYaml(8081, 6123, 6124, 3, Path.of("/tmp/mf-cluster")).render();

    assertThat(yaml)
        .isEqualTo(
            String.join(
                "\n",
                "# Written by `meterflow cluster start`; rewritten at every start.",
                "jobmanager.rpc.address: 127.0.0.1",
                "jobmanager.rpc.port: 6123",
                "jobmanager.bind-host: 127.0.0.1",
                "taskmanager.bind-host: 127.0.0.1",
                "taskmanager.host: 127.0.0.1",
                "rest.address: 127.0.0.1",
                "rest.bind-address: 127.0.0.1",
                "rest.port: 8081",
                "blob.server.port: 6124",
                "jobmanager.memory.process.size: 800m",
                "taskmanager.memory.process.size: 1280m",
                "taskmanager.memory.managed.fraction: 0.25",
                "taskmanager.numberOfTaskSlots: 3",
                "parallelism.default: 2",
                "state.backend.type: rocksdb",
                "execution.checkpointing.dir: file:///tmp/mf-cluster/checkpoints",
                "execution.checkpointing.savepoint-dir: file:///tmp/mf-cluster/savepoints",
                "execution.checkpointing.incremental: true",
                "io.tmp.dirs: /tmp/mf-cluster/tmp",
                "web.upload.dir: /tmp/mf-cluster/uploads",
                "heartbeat.interval: 2000",
                "heartbeat.timeout: 10000",
                ""));
  }
}
