package io.meterflow.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.jobs.services.LocalServices;
import io.meterflow.jobs.services.ServiceSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicesCommandTest {
  @TempDir Path servicesRoot;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void shouldExpectExactlyOneSubcommand() {
    ServicesCommand command = command();

    assertThatThrownBy(() -> command.run(List.of()))
        .isInstanceOf(UsageException.class)
        .hasMessage("expected one of: start, stop, status");
    assertThatThrownBy(() -> command.run(List.of("restart")))
        .isInstanceOf(UsageException.class)
        .hasMessage("expected one of: start, stop, status, not 'restart'");
  }

  @Test
  void shouldReportNothingRunningAndExit1WhenNoServicesWereStarted() throws Exception {
    int exitCode = command().run(List.of("status"));

    assertThat(exitCode).isEqualTo(1);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "Services folder: " + servicesRoot,
                "  Kafka              not running    -",
                "  Apicurio Registry  not running    -",
                "  Cassandra          not running    -",
                ""));
  }

  @Test
  void shouldSaySoWhenThereIsNothingToStop() throws Exception {
    int exitCode = command().run(List.of("stop"));

    assertThat(exitCode).isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("No local services were running from " + servicesRoot + System.lineSeparator());
  }

  private ServicesCommand command() {
    ServiceSettings settings =
        new ServiceSettings(servicesRoot, Duration.ofSeconds(1), Duration.ofSeconds(1));
    return new ServicesCommand(out, () -> new LocalServices(settings, out::println));
  }
}
