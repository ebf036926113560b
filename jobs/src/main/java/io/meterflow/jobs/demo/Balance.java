package io.meterflow.jobs.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One equation of the accounting: a count of records in must equal the sum of the counts it splits
 * into.
 *
 * @param name what it checks, e.g. {@code ingest-normalizer}
 * @param inName the name of the count in
 * @param parts the counts it splits into, printed in their iteration order (kept as given)
 */
public record Balance(String name, String inName, long in, Map<String, Long> parts) {

  public Balance {
    parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
  }

  public long sum() {
    return parts.values().stream().mapToLong(Long::longValue).sum();
  }

  public boolean holds() {
    return in == sum();
  }

  /** E.g. {@code ingest-normalizer: recordsIn=10 = readingsNormalized=8 + recordsRejected=2 ok}. */
  public String line() {
    String right =
        parts.entrySet().stream()
            .map(part -> part.getKey() + "=" + part.getValue())
            .collect(Collectors.joining(" + "));
    return name
        + ": "
        + inName
        + "="
        + in
        + (holds() ? " = " : " != ")
        + right
        + (holds() ? " ok" : " (off by " + (in - sum()) + ")");
  }
}
