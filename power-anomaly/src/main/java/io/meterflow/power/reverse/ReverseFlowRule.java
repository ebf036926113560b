package io.meterflow.power.reverse;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.power.meter.RuleStep;
import io.meterflow.power.meter.Spans;
import io.meterflow.power.meter.Verdict;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * REVERSE_FLOW: the export register (ELECTRICITY_EXPORT_ENERGY) rises on a meter without registered
 * generation: unregistered PV, a meter wired backwards, or tampering. Clears when the reported
 * intervals show the register still for {@code clearAfter}, or when generation is registered for
 * the meter (judged at its next export interval). A meter whose DeviceInfo is not known is not
 * judged: nothing says whether it may export.
 */
public final class ReverseFlowRule implements Serializable {

  public static final String EXPORTED = "exportedKwh";

  private final ReverseFlowConfig config;

  public ReverseFlowRule(ReverseFlowConfig config) {
    this.config = config;
  }

  /**
   * Judges one export interval of the meter's finest resolution, in event-time order.
   *
   * @param state the rise so far; null when the register has not risen since the last episode
   * @return the verdict, and the state afterwards
   */
  public RuleStep<ReverseFlowState> observe(
      ReverseFlowState state, IntervalConsumption interval, DeviceInfo device) {
    if (device == null || interval.getQuality() == IntervalQuality.INVALID) {
      return new RuleStep<>(Verdict.NONE, state);
    }
    Instant start = interval.getIntervalStart();
    Instant end = interval.getIntervalEnd();
    if (device.getHasGeneration()) {
      return new RuleStep<>(
          new Verdict.Ended(
              start,
              end,
              "Generation is now registered for the meter: export is expected",
              Map.of()),
          null);
    }
    if (interval.getConsumption() > config.thresholdKwh()) {
      double exported = (state == null ? 0 : state.exportedKwh()) + interval.getConsumption();
      AlarmFinding finding =
          new AlarmFinding(
              config.severity(),
              String.format(
                  Locale.ROOT,
                  "Export register rising without registered generation: %.2f kWh exported",
                  exported),
              Map.of(EXPORTED, exported));
      return new RuleStep<>(
          new Verdict.Holds(start, end, finding),
          new ReverseFlowState(end.toEpochMilli(), exported));
    }
    if (state != null
        && end.toEpochMilli() - state.lastRiseEnd() >= config.clearAfter().toMillis()) {
      Verdict still =
          new Verdict.Ended(
              Instant.ofEpochMilli(state.lastRiseEnd()),
              end,
              "Export register still for " + Spans.describe(config.clearAfter()),
              Map.of(EXPORTED, state.exportedKwh()));
      return new RuleStep<>(still, null);
    }
    return new RuleStep<>(Verdict.NONE, state);
  }
}
