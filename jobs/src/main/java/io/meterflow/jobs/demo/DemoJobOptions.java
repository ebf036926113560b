package io.meterflow.jobs.demo;

import java.util.List;

/**
 * Rule horizons scaled to a short simulation. The defaults are made for a fleet watched for months
 * (a week of flowing nights, three days without consumption); a demo of a few days shortens them so
 * that what the simulator injects can be seen at all. The consumption baseline needs no change: its
 * hour-of-day slots judge a meter after {@code power.baseline.warm-up-days} (3), long before its
 * hour-of-week slots have seen their weeks.
 */
final class DemoJobOptions {

  private DemoJobOptions() {}

  /** The {@code job.*} settings for a simulation of {@code days} days. */
  static List<String> forDays(int days) {
    // Three nights at least: the simulator's continuous-flow leaks cover at most two nights, and
    // must raise CONTINUOUS_FLOW, not NIGHT_FLOW.
    int nights = Math.min(7, Math.max(3, days - 2));
    // The zero-consumption faults last from the first half day to the end.
    long zeroHours = Math.min(72, 12L * days);
    return List.of(
        "job.leak.night-flow.nights=" + nights,
        "job.power.zero-consumption.period=" + zeroHours + "h");
  }
}
