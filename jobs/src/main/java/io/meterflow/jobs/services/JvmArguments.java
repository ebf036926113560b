package io.meterflow.jobs.services;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The arguments after {@code java}: JVM options and system properties, then the main class. */
public final class JvmArguments {
  private final List<String> arguments = new ArrayList<>();

  public JvmArguments add(String... values) {
    Collections.addAll(arguments, values);
    return this;
  }

  public JvmArguments addAll(List<String> values) {
    arguments.addAll(values);
    return this;
  }

  public JvmArguments property(String key, Object value) {
    arguments.add("-D" + key + "=" + value);
    return this;
  }

  /** These arguments followed by more, leaving this object as it is. */
  public List<String> followedBy(String... values) {
    List<String> all = new ArrayList<>(arguments);
    Collections.addAll(all, values);
    return List.copyOf(all);
  }
}
