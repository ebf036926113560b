package io.meterflow.jobs.cli;

import io.meterflow.jobs.backfill.BackfillCommand;
import io.meterflow.jobs.bench.BenchCommand;
import io.meterflow.jobs.demo.DemoCommand;
import io.meterflow.jobs.launch.RunCommand;
import io.meterflow.jobs.setup.SetupCommand;
import io.meterflow.jobs.simulate.SimulateCommand;
import java.util.List;

/**
 * The entry point of the fat jar, run by {@code bin/meterflow}: one subcommand per registration
 * below.
 */
public final class MeterflowCli {
  private MeterflowCli() {}

  public static void main(String[] args) {
    System.exit(commands().run(List.of(args)));
  }

  static CommandRegistry commands() {
    return new CommandRegistry(System.out, System.err)
        .register("demo", new DemoCommand(System.out))
        .register("services", new ServicesCommand(System.out))
        .register("cluster", new ClusterCommand(System.out))
        .register("setup", new SetupCommand(System.out))
        .register("run", new RunCommand(System.out))
        .register("backfill", new BackfillCommand(System.out))
        .register("simulate", new SimulateCommand(System.out))
        .register("bench", new BenchCommand(System.out));
  }
}
