package io.meterflow.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.jobs.cluster.ClusterSettings;
import io.meterflow.jobs.services.RepositoryRoot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code meterflow cluster start|status|stop} with real JobManager and TaskManager processes: start
 * prints the web UI and the {@code run} line for that cluster and leaves it running, status finds
 * it from another command, stop ends every process it started.
 */
class ClusterCommandIT {
  private static final Pattern RUN_LINE =
      Pattern.compile("Submit a job: bin/meterflow run JOB --jobmanager (127\\.0\\.0\\.1:\\d+)");

  @TempDir Path clusterRoot;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void shouldStartReportAndStopALocalSessionClusterOfSeparateProcesses() throws Exception {
    ClusterCommand command =
        new ClusterCommand(
            out,
            () ->
                ClusterSettings.forThisProcess(RepositoryRoot::locate)
                    .withClusterRoot(clusterRoot));
    try {
      assertThat(command.run(List.of("start", "--taskmanagers", "2", "--slots", "1"))).isZero();
      Matcher run = RUN_LINE.matcher(output());
      assertThat(run.find()).as(output()).isTrue();
      String restAddress = run.group(1);
      assertThat(output()).contains("Web UI: http://" + restAddress);

      bytes.reset();
      assertThat(command.run(List.of("status"))).isZero();
      assertThat(output())
          .contains("  jobmanager       pid ")
          .contains("  taskmanager-1    pid ")
          .contains("  taskmanager-2    pid ")
          .contains("  web UI http://" + restAddress + ", TaskManagers registered: 2");
    } finally {
      bytes.reset();
      assertThat(command.run(List.of("stop"))).isZero();
    }
    assertThat(output().lines())
        .hasSize(3)
        .allSatisfy(
            line ->
                assertThat(line).matches("Stopped (jobmanager|taskmanager-[12]) \\(pid \\d+\\)"));
    bytes.reset();
    assertThat(command.run(List.of("status"))).isEqualTo(CommandRegistry.FAILED);
    assertThat(output()).endsWith("  not running" + System.lineSeparator());
  }

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
