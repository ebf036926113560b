package io.meterflow.jobs.backfill;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;

/**
 * What a finished backfill prints: records per output, the normalizer's accounting line, the
 * periodizer's, and the alarms by type.
 */
record BackfillReport(Map<String, Object> counters, AlarmTally alarms, Duration wallTime) {

  static BackfillReport of(JobExecutionResult result, AlarmTally alarms, Duration wallTime) {
    return new BackfillReport(result.getAllAccumulatorResults(), alarms, wallTime);
  }

  long count(String counter) {
    Object value = counters.get(counter);
    // Flink registers no accumulator for an operator that saw no record.
    return value == null ? 0 : ((Number) value).longValue();
  }

  long count(BackfillOutput output) {
    return count(output.folder());
  }

  /**
   * Normalized readings the periodizer dropped as exact duplicates: what is left of them after the
   * accepted (new and corrected), late and rejected ones.
   */
  long duplicates() {
    return count(BackfillOutput.NORMALIZED)
        - count(BackfillJob.ACCEPTED)
        - count(BackfillOutput.LATE)
        - count(BackfillJob.PERIODIZE_REJECTED);
  }

  void print(PrintStream out) {
    out.printf("backfill finished in %.1f s%n", wallTime.toMillis() / 1000.0);
    for (BackfillOutput output : BackfillOutput.values()) {
      out.printf("  %-20s %,12d records%n", output.folder(), count(output));
    }
    out.printf(
        "accounting: input rows %,d = normalized %,d + rejected %,d + header lines skipped %,d%n",
        count(BackfillJob.INPUT_ROWS),
        count(BackfillOutput.NORMALIZED),
        count(BackfillJob.NORMALIZER_REJECTED),
        count(BackfillJob.HEADER_LINES));
    out.printf(
        "periodize: normalized %,d = accepted %,d + duplicates %,d + late %,d + rejected %,d%n",
        count(BackfillOutput.NORMALIZED),
        count(BackfillJob.ACCEPTED),
        duplicates(),
        count(BackfillOutput.LATE),
        count(BackfillJob.PERIODIZE_REJECTED));
    Map<String, Integer> subjects = alarms.subjects();
    alarms
        .raised()
        .forEach(
            (type, episodes) ->
                out.printf(
                    "  alarm %-24s %,6d raised on %,d meters or areas%n",
                    type, episodes, subjects.get(type)));
  }
}
