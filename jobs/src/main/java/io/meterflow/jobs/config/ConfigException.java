package io.meterflow.jobs.config;

import java.util.List;

/**
 * The configuration cannot be used as given. The message names every offending setting, where its
 * value came from and what to do; it never contains the value of a secret.
 */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  public ConfigException(String problem) {
    this(List.of(problem));
  }

  /** One sentence per problem, each naming its setting. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    if (problems.size() == 1) {
      return "Invalid meterflow configuration: " + problems.get(0);
    }
    StringBuilder message =
        new StringBuilder("Invalid meterflow configuration (")
            .append(problems.size())
            .append(" problems):");
    problems.forEach(
        problem -> message.append(System.lineSeparator()).append("  - ").append(problem));
    return message.toString();
  }
}
