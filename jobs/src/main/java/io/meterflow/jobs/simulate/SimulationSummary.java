package io.meterflow.jobs.simulate;

import io.meterflow.contracts.SourceFormat;
import java.util.Map;

/**
 * What a simulation sent.
 *
 * @param records records per channel (CSV header lines not counted)
 * @param deviceUpdates DeviceInfo versions sent after the initial master data
 */
public record SimulationSummary(Map<SourceFormat, Long> records, long deviceUpdates) {

  public long totalRecords() {
    return records.values().stream().mapToLong(Long::longValue).sum();
  }
}
