package io.meterflow.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandRegistryTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<List<String>> calls = new ArrayList<>();
  private final CommandRegistry registry =
      new CommandRegistry(print(out), print(err), false)
          .register("services", command("start|stop|status  the local services", 0))
          .register("simulate", command("generate a meter fleet", 7));

  @Test
  void shouldListTheCommandsInRegistrationOrder() {
    int exitCode = registry.run(List.of("help"));

    assertThat(exitCode).isZero();
    assertThat(text(out))
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "usage: meterflow <command> [arguments]",
                "",
                "  services  start|stop|status  the local services",
                "  simulate  generate a meter fleet",
                "  help      this list",
                ""));
  }

  @Test
  void shouldPassTheRemainingArgumentsAndReturnTheCommandsExitCode() {
    int exitCode = registry.run(List.of("simulate", "--meters", "10"));

    assertThat(exitCode).isEqualTo(7);
    assertThat(calls).containsExactly(List.of("--meters", "10"));
  }

  @Test
  void shouldRejectAnUnknownCommandWithTheList() {
    int exitCode = registry.run(List.of("deploy"));

    assertThat(exitCode).isEqualTo(2);
    assertThat(text(err))
        .startsWith("meterflow: unknown command 'deploy'" + System.lineSeparator() + "usage:");
  }

  @Test
  void shouldReportAUsageErrorWithExitCode2() {
    CommandRegistry failing =
        new CommandRegistry(print(out), print(err), false)
            .register("services", failingCommand(new UsageException("expected start")));

    assertThat(failing.run(List.of("services"))).isEqualTo(2);
    assertThat(text(err)).isEqualTo("meterflow services: expected start" + System.lineSeparator());
  }

  @Test
  void shouldReportAFailureWithItsMessageAndExitCode1() {
    CommandRegistry failing =
        new CommandRegistry(print(out), print(err), false)
            .register("services", failingCommand(new IllegalStateException("Kafka did not start")));

    assertThat(failing.run(List.of("services", "start"))).isEqualTo(1);
    assertThat(text(err))
        .isEqualTo(
            "meterflow services: Kafka did not start"
                + System.lineSeparator()
                + "(set MF_DEBUG=1 for the stack trace)"
                + System.lineSeparator());
  }

  @Test
  void shouldRefuseToRegisterANameTwice() {
    assertThatThrownBy(() -> registry.register("services", command("again", 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Command 'services' is registered twice");
  }

  private Command command(String description, int exitCode) {
    return new Command() {
      @Override
      public String description() {
        return description;
      }

      @Override
      public int run(List<String> args) {
        calls.add(args);
        return exitCode;
      }
    };
  }

  private static Command failingCommand(RuntimeException failure) {
    return new Command() {
      @Override
      public String description() {
        return "fails";
      }

      @Override
      public int run(List<String> args) {
        throw failure;
      }
    };
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
