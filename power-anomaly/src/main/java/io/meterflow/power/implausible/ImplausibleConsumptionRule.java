package io.meterflow.power.implausible;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.power.meter.Spans;
import io.meterflow.power.meter.Verdict;
import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * IMPLAUSIBLE_CONSUMPTION: an interval's consumption is above what the main fuse lets through in
 * it, with a margin; the meter, its configuration or the data is wrong. Clears with the next
 * plausible interval. INVALID intervals (across a meter reset) say nothing.
 */
public final class ImplausibleConsumptionRule implements Serializable {

  public static final String CONSUMPTION = "consumptionKwh";
  public static final String ALLOWED = "allowedKwh";

  private final ImplausibleConsumptionConfig config;

  public ImplausibleConsumptionRule(ImplausibleConsumptionConfig config) {
    this.config = config;
  }

  /**
   * Judges one interval of the meter's finest resolution.
   *
   * @param fuse the meter's fuse; empty when unknown, and then nothing can be judged
   * @param open the open episode, whose largest consumption so far the evidence keeps
   */
  public Verdict judge(
      IntervalConsumption interval,
      Duration resolution,
      Optional<FuseCapacity> fuse,
      Optional<MeterAlarm> open) {
    if (fuse.isEmpty() || interval.getQuality() == IntervalQuality.INVALID) {
      return Verdict.NONE;
    }
    double allowed = allowedKwh(fuse.get(), resolution);
    double consumption = interval.getConsumption();
    if (consumption <= allowed) {
      return new Verdict.Ended(
          interval.getIntervalStart(),
          interval.getIntervalEnd(),
          "Consumption back within what the main fuse allows",
          Map.of());
    }
    double largest =
        Math.max(
            consumption,
            open.map(alarm -> alarm.getEvidence().getOrDefault(CONSUMPTION, 0.0)).orElse(0.0));
    String message =
        String.format(
            Locale.ROOT,
            "%.2f kWh in %s, above the %.2f kWh a %d x %.0f A main fuse allows",
            consumption,
            Spans.describe(resolution),
            allowed,
            fuse.get().phases(),
            fuse.get().amps());
    return new Verdict.Holds(
        interval.getIntervalStart(),
        interval.getIntervalEnd(),
        new AlarmFinding(
            config.severity(), message, Map.of(CONSUMPTION, largest, ALLOWED, allowed)));
  }

  /** The most an interval may hold: the fuse's full load over it, plus the margin. */
  public double allowedKwh(FuseCapacity fuse, Duration resolution) {
    return fuse.kwh(resolution) * (1 + config.margin());
  }
}
