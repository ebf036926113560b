package io.meterflow.jobs.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CQL script such as schemas' {@code cql/meterflow.cql}: its statements, split on the semicolons
 * outside comments, string literals and quoted identifiers, with {@code ${name}} placeholders
 * filled in. The scripts are written to be idempotent ({@code IF NOT EXISTS}), so applying one
 * twice changes nothing.
 */
public final class CqlScript {

  /** The suite's keyspace and tables, in the schemas jar. */
  public static final String SUITE_RESOURCE = "/cql/meterflow.cql";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

  private final String name;
  private final List<String> statements;

  private CqlScript(String name, List<String> statements) {
    this.name = name;
    this.statements = List.copyOf(statements);
  }

  public static CqlScript parse(String name, String text) {
    return new CqlScript(name, split(text));
  }

  public static CqlScript fromResource(String resource) {
    try (InputStream in = CqlScript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "CQL script " + resource + " is not on the classpath: is meterflow-schemas there?");
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read CQL script " + resource, e);
    }
  }

  /** The statements as written, placeholders unfilled, without comments or semicolons. */
  public List<String> statements() {
    return statements;
  }

  /**
   * The statements with every placeholder filled.
   *
   * @throws IllegalArgumentException naming a placeholder without a value
   */
  public List<String> statements(Map<String, String> values) {
    List<String> filled = new ArrayList<>(statements.size());
    for (String statement : statements) {
      Matcher matcher = PLACEHOLDER.matcher(statement);
      StringBuilder result = new StringBuilder();
      while (matcher.find()) {
        String value = values.get(matcher.group(1));
        if (value == null) {
          throw new IllegalArgumentException(
              "CQL script "
                  + name
                  + " uses ${"
                  + matcher.group(1)
                  + "}, which has no value: give"
                  + " it one of "
                  + values.keySet()
                  + ".");
        }
        matcher.appendReplacement(result, Matcher.quoteReplacement(value));
      }
      matcher.appendTail(result);
      filled.add(result.toString());
    }
    return filled;
  }

  /**
   * Runs every statement in order; the driver waits for schema agreement after each one.
   *
   * @return the number of statements run
   */
  public int applyTo(CqlSession session, Map<String, String> values, Duration timeout) {
    List<String> filled = statements(values);
    for (String statement : filled) {
      session.execute(SimpleStatement.newInstance(statement).setTimeout(timeout));
    }
    return filled.size();
  }

  private static List<String> split(String text) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (text.startsWith("--", i) || text.startsWith("//", i)) {
        i = endOfLine(text, i);
      } else if (text.startsWith("/*", i)) {
        i = after(text, i + 2, "*/");
      } else if (c == '\'' || c == '"') {
        int end = endOfQuoted(text, i, c);
        current.append(text, i, end);
        i = end;
      } else if (text.startsWith("$$", i)) {
        int end = after(text, i + 2, "$$");
        current.append(text, i, end);
        i = end;
      } else if (c == ';') {
        add(statements, current);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    add(statements, current);
    return statements;
  }

  private static void add(List<String> statements, StringBuilder current) {
    String statement = current.toString().strip();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
    current.setLength(0);
  }

  private static int endOfLine(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  private static int after(String text, int from, String closing) {
    int end = text.indexOf(closing, from);
    return end < 0 ? text.length() : end + closing.length();
  }

  /** The index after a quoted literal or identifier; a doubled quote is an escaped one. */
  private static int endOfQuoted(String text, int start, char quote) {
    int i = start + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return text.length();
  }
}
