package io.meterflow.jobs.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${env:NAME}} (an environment variable) and {@code ${file:/path}} (a mounted
 * secret, e.g. a Kubernetes Secret volume) inside setting values. A reference may be the whole
 * value or part of it, as in a JAAS line: {@code ... password="${env:KAFKA_PASSWORD}";}.
 */
final class SecretReferences {

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file):([^}]+)}");
  private static final Pattern TRAILING_LINE_BREAKS = Pattern.compile("[\\r\\n]+$");

  private final Map<String, String> environment;

  SecretReferences(Map<String, String> environment) {
    this.environment = environment;
  }

  static boolean containsReference(String value) {
    return REFERENCE.matcher(value).find();
  }

  /** The references in a value, and nothing of the text around them (which may hold a secret). */
  static String referencesIn(String value) {
    Matcher matcher = REFERENCE.matcher(value);
    StringJoiner references = new StringJoiner(" ");
    while (matcher.find()) {
      references.add(matcher.group());
    }
    return references.toString();
  }

  /**
   * The value with every reference replaced.
   *
   * @throws ConfigException naming the setting and the variable or file, never a secret
   */
  String resolve(String key, String value) {
    Matcher matcher = REFERENCE.matcher(value);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      String target = matcher.group(2).trim();
      String replacement =
          matcher.group(1).equals("env") ? fromEnvironment(key, target) : fromFile(key, target);
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }

  private String fromEnvironment(String key, String name) {
    String value = environment.get(name);
    if (value == null) {
      throw new ConfigException(
          key
              + " refers to the environment variable "
              + name
              + ", which is not set: export "
              + name
              + " or set "
              + key
              + " another way.");
    }
    return value;
  }

  private static String fromFile(String key, String location) {
    Path path = Path.of(location);
    try {
      // Secret files written with echo end with a line break that is not part of the secret.
      return TRAILING_LINE_BREAKS
          .matcher(Files.readString(path, StandardCharsets.UTF_8))
          .replaceFirst("");
    } catch (IOException e) {
      throw new ConfigException(
          key
              + " refers to the file "
              + path
              + ", which cannot be read ("
              + e.getClass().getSimpleName()
              + "): mount the secret there or fix the path.");
    }
  }
}
