package io.meterflow.normalizer.mapping;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.metrics.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes unknown status codes visible without flooding the log: every occurrence is counted, and the
 * first occurrence of each distinct code (per tenant, up to a bound) is logged, so an operator
 * learns which vendor codes to add to the table.
 */
final class UnknownStatusCodes {

  private static final Logger LOG = LoggerFactory.getLogger(UnknownStatusCodes.class);
  private static final int MAX_LOGGED = 1000;

  private final Counter counter;
  private final Set<String> logged = new HashSet<>();

  UnknownStatusCodes(Counter counter) {
    this.counter = counter;
  }

  void report(List<String> codes, String tenant) {
    for (String code : codes) {
      counter.inc();
      if (logged.size() < MAX_LOGGED && logged.add(tenant + '\u001f' + code)) {
        LOG.warn(
            "Unknown status code '{}' of tenant {} left out of the reading's flags (logged once)",
            code,
            tenant);
      }
    }
  }
}
