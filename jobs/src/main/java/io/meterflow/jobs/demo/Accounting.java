package io.meterflow.jobs.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The accounting of SPEC.md section 5 over the counters of a run: each job's records in equal its
 * records out plus rejected, duplicates and late, and nothing is lost between the stages (what the
 * simulator sent is what the normalizer read, what the normalizer wrote is what dedup read).
 */
public final class Accounting {

  static final String NORMALIZER = "ingest-normalizer";
  static final String PERIODIZE = "dedup-and-periodize";

  private final List<Balance> balances;

  public Accounting(List<Balance> balances) {
    this.balances = List.copyOf(balances);
  }

  /**
   * The balances of a run.
   *
   * @param counters the counters per job name (missing counters count as 0)
   * @param sent the records the simulator sent: Kafka records and CSV lines, headers included
   */
  public static Accounting of(Map<String, Map<String, Long>> counters, long sent) {
    Map<String, Long> normalizer = counters.getOrDefault(NORMALIZER, Map.of());
    Map<String, Long> periodize = counters.getOrDefault(PERIODIZE, Map.of());
    return new Accounting(
        List.of(
            new Balance(
                NORMALIZER,
                "recordsIn",
                count(normalizer, "recordsIn"),
                pick(normalizer, "readingsNormalized", "recordsRejected", "headerLinesSkipped")),
            new Balance(
                "simulator -> " + NORMALIZER,
                "sent",
                sent,
                Map.of(NORMALIZER + ".recordsIn", count(normalizer, "recordsIn"))),
            new Balance(
                PERIODIZE,
                "readingsIn",
                count(periodize, "readingsIn"),
                pick(
                    periodize,
                    "readingsAccepted",
                    "readingsDuplicate",
                    "readingsLate",
                    "readingsRejected")),
            new Balance(
                NORMALIZER + " -> " + PERIODIZE,
                NORMALIZER + ".readingsNormalized",
                count(normalizer, "readingsNormalized"),
                Map.of(PERIODIZE + ".readingsIn", count(periodize, "readingsIn")))));
  }

  public List<Balance> balances() {
    return balances;
  }

  public boolean ok() {
    return balances.stream().allMatch(Balance::holds);
  }

  /** {@code ACCOUNTING ok}, or {@code ACCOUNTING mismatch} and every balance that does not hold. */
  public String verdict() {
    if (ok()) {
      return "ACCOUNTING ok";
    }
    return "ACCOUNTING mismatch "
        + balances.stream()
            .filter(balance -> !balance.holds())
            .map(Balance::line)
            .collect(Collectors.joining("; "));
  }

  private static Map<String, Long> pick(Map<String, Long> counters, String... names) {
    Map<String, Long> picked = new LinkedHashMap<>();
    for (String name : names) {
      picked.put(name, count(counters, name));
    }
    return picked;
  }

  private static long count(Map<String, Long> counters, String name) {
    return counters.getOrDefault(name, 0L);
  }
}
