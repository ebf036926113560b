package io.meterflow.jobs.cli;

import java.util.List;

/** A subcommand of {@code bin/meterflow}. */
public interface Command {

  /** One line for {@code meterflow help}. */
  String description();

  /**
   * Runs the command with the arguments after its name and returns the process exit code: 0 for
   * success. Bad arguments are reported by throwing {@link UsageException}; any other exception is
   * reported as an error with its message.
   */
  int run(List<String> args) throws Exception;
}
