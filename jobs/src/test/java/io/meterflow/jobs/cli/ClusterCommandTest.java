package io.meterflow.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.jobs.cluster.ClusterSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandTest {
  @TempDir Path clusterRoot;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void shouldExpectASubcommand() {
    ClusterCommand command = command();

    assertThatThrownBy(() -> command.run(List.of()))
        .isInstanceOf(UsageException.class)
        .hasMessage("expected one of: start [--taskmanagers N] [--slots S], stop, status");
    assertThatThrownBy(() -> command.run(List.of("restart")))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "expected one of: start [--taskmanagers N] [--slots S], stop, status, not 'restart'");
    assertThatThrownBy(() -> command.run(List.of("stop", "--now")))
        .isInstanceOf(UsageException.class)
        .hasMessage("stop takes no arguments");
  }

  @Test
  void shouldRefuseStartOptionsThatAreNotPositiveNumbers() {
    ClusterCommand command = command();

    assertThatThrownBy(() -> command.run(List.of("start", "--taskmanagers", "0")))
        .isInstanceOf(UsageException.class)
        .hasMessage("--taskmanagers needs a positive number, not '0'");
    assertThatThrownBy(() -> command.run(List.of("start", "--slots", "two")))
        .isInstanceOf(UsageException.class)
        .hasMessage("--slots needs a positive number, not 'two'");
    assertThatThrownBy(() -> command.run(List.of("start", "--taskmanagers")))
        .isInstanceOf(UsageException.class)
        .hasMessage("--taskmanagers needs a number");
    assertThatThrownBy(() -> command.run(List.of("start", "--jobmanagers", "2")))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "unknown option '--jobmanagers'; expected one of: start [--taskmanagers N]"
                + " [--slots S], stop, status");
  }

  @Test
  void shouldReportNothingRunningAndExit1WhenNoClusterWasStarted() throws Exception {
    int exitCode = command().run(List.of("status"));

    assertThat(exitCode).isEqualTo(1);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            String.join(
                System.lineSeparator(), "Cluster folder: " + clusterRoot, "  not running", ""));
  }

  @Test
  void shouldSaySoWhenThereIsNothingToStop() throws Exception {
    int exitCode = command().run(List.of("stop"));

    assertThat(exitCode).isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("No Flink cluster was running from " + clusterRoot + System.lineSeparator());
  }

  private ClusterCommand command() {
    ClusterSettings settings =
        new ClusterSettings(clusterRoot, 2, Duration.ofSeconds(1), Duration.ofSeconds(1));
    return new ClusterCommand(out, () -> settings);
  }
}
