package io.meterflow.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountingTest {

  private static Map<String, Map<String, Long>> counters(long dedupIn, long duplicates) {
    Map<String, Map<String, Long>> counters = new LinkedHashMap<>();
    counters.put(
        "ingest-normalizer",
        Map.of(
            "recordsIn", 100L,
            "readingsNormalized", 90L,
            "recordsRejected", 7L,
            "headerLinesSkipped", 3L));
    counters.put(
        "dedup-and-periodize",
        Map.of(
            "readingsIn", dedupIn,
            "readingsAccepted", 80L,
            "readingsDuplicate", duplicates,
            "readingsLate", 2L,
            "readingsRejected", 1L,
            "readingsCorrected", 4L));
    return counters;
  }

  @Test
  void shouldBeOkWhenEveryBalanceHolds() {
    Accounting accounting = Accounting.of(counters(90, 7), 100);

    assertThat(accounting.verdict()).isEqualTo("ACCOUNTING ok");
    assertThat(accounting.balances())
        .extracting(Balance::line)
        .containsExactly(
            "ingest-normalizer: recordsIn=100 = readingsNormalized=90 + recordsRejected=7"
                + " + headerLinesSkipped=3 ok",
            "simulator -> ingest-normalizer: sent=100 = ingest-normalizer.recordsIn=100 ok",
            "dedup-and-periodize: readingsIn=90 = readingsAccepted=80 + readingsDuplicate=7"
                + " + readingsLate=2 + readingsRejected=1 ok",
            "ingest-normalizer -> dedup-and-periodize: ingest-normalizer.readingsNormalized=90"
                + " = dedup-and-periodize.readingsIn=90 ok");
  }

  @Test
  void shouldNameEveryBalanceThatDoesNotHold() {
    Accounting accounting = Accounting.of(counters(91, 7), 120);

    assertThat(accounting.ok()).isFalse();
    assertThat(accounting.verdict())
        .isEqualTo(
            "ACCOUNTING mismatch simulator -> ingest-normalizer: sent=120 !="
                + " ingest-normalizer.recordsIn=100 (off by 20); dedup-and-periodize:"
                + " readingsIn=91 != readingsAccepted=80 + readingsDuplicate=7 + readingsLate=2"
                + " + readingsRejected=1 (off by 1); ingest-normalizer -> dedup-and-periodize:"
                + " ingest-normalizer.readingsNormalized=90 != dedup-and-periodize.readingsIn=91"
                + " (off by -1)");
  }

  @Test
  void shouldCountMissingCountersAsZero() {
    Accounting accounting = Accounting.of(Map.of(), 5);

    assertThat(accounting.verdict())
        .isEqualTo(
            "ACCOUNTING mismatch simulator -> ingest-normalizer: sent=5 !="
                + " ingest-normalizer.recordsIn=0 (off by 5)");
  }
}
