package io.meterflow.jobs.bench;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import java.time.Instant;
import java.util.List;

/**
 * The n-th 15-minute interval of a generated fleet, as dedup-and-periodize states it for the
 * readings of {@link FleetReadings}: the whole fleet's intervals ending at one time before the
 * next, so the stream is in time order.
 */
public final class FleetIntervals extends FleetRecords<IntervalConsumption> {
  private static final long serialVersionUID = 1L;

  public FleetIntervals(long series, FleetMeters meters) {
    super(series, meters);
  }

  @Override
  IntervalConsumption record(long meter, long step) {
    Instant end = FleetReadings.time(step + 1);
    return IntervalConsumption.newBuilder()
        .setTenant(FleetReadings.TENANT)
        .setMeterId(FleetReadings.meterId(meter))
        .setRegister(meters.register())
        .setResolution("PT15M")
        .setIntervalStart(FleetReadings.time(step))
        .setIntervalEnd(end)
        .setConsumption(FleetReadings.flowPerStep(meter))
        .setUnit(meters.unit())
        .setStartIndex(FleetReadings.index(meter, step))
        .setEndIndex(FleetReadings.index(meter, step + 1))
        .setMinValue(null)
        .setMaxValue(null)
        .setReadingCount(2)
        .setCompleteness(1.0)
        .setQuality(IntervalQuality.MEASURED)
        .setFlags(List.of())
        .setVersion(1)
        .build();
  }
}
