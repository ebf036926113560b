package io.meterflow.jobs.setup;

import io.meterflow.jobs.cli.Command;
import io.meterflow.jobs.cli.UsageException;
import io.meterflow.jobs.config.ConfigException;
import io.meterflow.jobs.config.MeterflowConfig;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code meterflow setup [--config FILE] [key=value ...]}: creates the Kafka topics, registers the
 * value schemas and creates the Cassandra keyspace and tables. Idempotent: a second run finds
 * everything in place and changes nothing.
 */
public final class SetupCommand implements Command {

  private final PrintStream out;

  public SetupCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String description() {
    return "[--config FILE] [key=value ...]  create topics, schemas and tables (idempotent)";
  }

  @Override
  public int run(List<String> args) throws Exception {
    MeterflowConfig config;
    try {
      config = MeterflowConfig.fromArguments(args.toArray(String[]::new));
    } catch (ConfigException e) {
      throw new UsageException(e.getMessage());
    }
    run(config);
    return 0;
  }

  /** Sets up what the configuration names. */
  public void run(MeterflowConfig config) throws Exception {
    new TopicSetup(config.kafka(), config.topics(), out::println).apply();
    new SchemaSetup(config.registry(), config.topics(), out::println).apply();
    new TableSetup(config.cassandra(), out::println).apply();
    out.println("setup complete");
  }
}
