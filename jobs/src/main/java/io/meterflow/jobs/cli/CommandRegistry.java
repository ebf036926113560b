package io.meterflow.jobs.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subcommands by name, in the order {@code help} lists them, and the dispatch to them: exit
 * code 2 for usage errors, 1 for failures, the command's own code otherwise.
 */
public final class CommandRegistry {
  static final int FAILED = 1;
  static final int USAGE = 2;
  private static final String DEBUG_ENV = "MF_DEBUG";

  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final PrintStream out;
  private final PrintStream err;
  private final boolean debug;

  public CommandRegistry(PrintStream out, PrintStream err) {
    this(out, err, System.getenv(DEBUG_ENV) != null);
  }

  CommandRegistry(PrintStream out, PrintStream err, boolean debug) {
    this.out = out;
    this.err = err;
    this.debug = debug;
  }

  public CommandRegistry register(String name, Command command) {
    if (commands.putIfAbsent(name, command) != null) {
      throw new IllegalArgumentException("Command '" + name + "' is registered twice");
    }
    return this;
  }

  public int run(List<String> args) {
    if (args.isEmpty() || List.of("help", "-h", "--help").contains(args.get(0))) {
      printHelp(out);
      return 0;
    }
    String name = args.get(0);
    Command command = commands.get(name);
    if (command == null) {
      err.println("meterflow: unknown command '" + name + "'");
      printHelp(err);
      return USAGE;
    }
    try {
      return command.run(args.subList(1, args.size()));
    } catch (UsageException e) {
      err.println("meterflow " + name + ": " + e.getMessage());
      return USAGE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("meterflow " + name + ": interrupted");
      return FAILED;
    } catch (Exception e) {
      err.println("meterflow " + name + ": " + (e.getMessage() != null ? e.getMessage() : e));
      if (debug) {
        e.printStackTrace(err);
      } else {
        err.println("(set " + DEBUG_ENV + "=1 for the stack trace)");
      }
      return FAILED;
    }
  }

  private void printHelp(PrintStream stream) {
    stream.println("usage: meterflow <command> [arguments]");
    stream.println();
    int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
    commands.forEach(
        (name, command) -> stream.printf("  %-" + width + "s  %s%n", name, command.description()));
    stream.printf("  %-" + width + "s  %s%n", "help", "this list");
  }
}
