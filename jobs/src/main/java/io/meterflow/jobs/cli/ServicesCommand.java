package io.meterflow.jobs.cli;

import io.meterflow.jobs.services.LocalServices;
import io.meterflow.jobs.services.RepositoryRoot;
import io.meterflow.jobs.services.ServiceEndpoints;
import io.meterflow.jobs.services.ServiceProcess.StopOutcome;
import io.meterflow.jobs.services.ServiceSettings;
import io.meterflow.jobs.services.ServiceStatus;
import io.meterflow.jobs.services.StoppedService;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code meterflow services start|stop|status}: the local Kafka broker, Apicurio Registry and
 * Cassandra node. {@code start} leaves them running after the command exits and writes their
 * endpoints to {@code endpoints.properties}; {@code status} exits 0 only when all three answer.
 */
final class ServicesCommand implements Command {
  private static final String USAGE = "expected one of: start, stop, status";

  private final PrintStream out;
  private final Supplier<LocalServices> services;

  ServicesCommand(PrintStream out) {
    this(
        out,
        () ->
            new LocalServices(
                ServiceSettings.forThisProcess(RepositoryRoot::locate), out::println));
  }

  ServicesCommand(PrintStream out, Supplier<LocalServices> services) {
    this.out = out;
    this.services = services;
  }

  @Override
  public String description() {
    return "start|stop|status  the local Kafka broker, Apicurio Registry and Cassandra node";
  }

  @Override
  public int run(List<String> args) throws IOException, InterruptedException {
    if (args.size() != 1) {
      throw new UsageException(USAGE);
    }
    return switch (args.get(0)) {
      case "start" -> start(services.get());
      case "stop" -> stop(services.get());
      case "status" -> status(services.get());
      default -> throw new UsageException(USAGE + ", not '" + args.get(0) + "'");
    };
  }

  private int start(LocalServices local) throws IOException, InterruptedException {
    Optional<ServiceEndpoints> running = local.answeringEndpoints();
    if (running.isPresent()) {
      out.println("The local services are already running (`meterflow services stop` stops them).");
      printEndpoints(running.get(), local);
      return 0;
    }
    ServiceEndpoints endpoints = local.start();
    printEndpoints(endpoints, local);
    return 0;
  }

  private int stop(LocalServices local) throws IOException, InterruptedException {
    List<StoppedService> stopped = local.stop();
    if (stopped.isEmpty()) {
      out.println("No local services were running from " + local.settings().servicesRoot());
    }
    for (StoppedService service : stopped) {
      out.printf(
          "Stopped %s (pid %d)%s%n",
          service.kind().displayName(),
          service.pid(),
          service.outcome() == StopOutcome.KILLED ? ": it ignored SIGTERM and was killed" : "");
    }
    return 0;
  }

  private int status(LocalServices local) throws IOException {
    List<ServiceStatus> statuses = local.status();
    out.println("Services folder: " + local.settings().servicesRoot());
    for (ServiceStatus status : statuses) {
      String line =
          String.format(
              "  %-18s %-14s %-38s %s",
              status.kind().displayName(),
              status.pid().isPresent() ? "pid " + status.pid().getAsLong() : "not running",
              status.address().orElse("-"),
              status.answers() ? "answers" : status.running() ? "does not answer" : "");
      out.println(line.stripTrailing());
    }
    return statuses.stream().allMatch(ServiceStatus::answers) ? 0 : CommandRegistry.FAILED;
  }

  private void printEndpoints(ServiceEndpoints endpoints, LocalServices local) {
    out.println();
    endpoints.asPropertyLines().forEach(out::println);
    out.println();
    out.println("Endpoints file: " + local.settings().endpointsFile());
  }
}
