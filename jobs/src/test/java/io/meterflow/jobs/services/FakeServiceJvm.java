package io.meterflow.jobs.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts stand-ins for service JVMs in process tests, and kills whatever a test left running. The
 * stand-in is a single-file Java program that prints "up" and then stays until the test JVM is
 * gone; with the argument {@code ignore-sigterm}, its shutdown hook waits the same, so only SIGKILL
 * ends it while the test runs.
 */
final class FakeServiceJvm implements AfterEachCallback {
  private static final String SOURCE =
      String.join(
          "\n",
          "public class FakeService {",
          "  public static void main(String[] args) {",
          "    // Stays up until the test JVM that started it is gone (or it is killed).",
          "    Runnable untilTestJvmExits =",
          "        () -> ProcessHandle.current().parent().ifPresent(p -> p.onExit().join());",
          "    if (args.length > 0 && args[0].equals(\"ignore-sigterm\")) {",
          "      Runtime.getRuntime().addShutdownHook(new Thread(untilTestJvmExits));",
          "    }",
          "    System.out.println(\"up\");",
          "    System.out.flush();",
          "    untilTestJvmExits.run();",
          "  }",
          "}",
          "");

  private final List<ServiceProcess> started = new ArrayList<>();

  /** Starts the stand-in in the folder and waits until it says it is up. */
  ServiceProcess start(ServiceFolder folder, String... arguments)
      throws IOException, InterruptedException {
    folder.reset();
    Path source = Files.writeString(folder.resolve("FakeService.java"), SOURCE);
    ServiceProcess process =
        launch(folder, new JvmArguments().add(source.toString()).followedBy(arguments));
    LogLine up = new LogLine(process.logFile(), "up");
    Readiness.await("FakeService", "-", process, Duration.ofSeconds(60), up::appeared);
    return process;
  }

  /** Launches {@code java} with these arguments in the folder, as a service launcher does. */
  ServiceProcess launch(ServiceFolder folder, List<String> arguments) throws IOException {
    ServiceProcess process =
        ServiceProcess.launch(
            folder, Jdk.running().java(), arguments, folder.resolve(folder.service() + ".log"));
    started.add(process);
    return process;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    started.forEach(
        process -> ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly));
  }

  static List<String> argumentsOf(long pid) {
    return ProcessHandle.of(pid)
        .flatMap(handle -> handle.info().arguments())
        .map(List::of)
        .orElse(List.of());
  }
}
