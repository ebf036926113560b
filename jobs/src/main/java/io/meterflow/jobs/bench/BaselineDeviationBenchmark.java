package io.meterflow.jobs.bench;

import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.Register;
import io.meterflow.power.baseline.BaselineDeviationRule;
import io.meterflow.power.baseline.BaselineStep;
import io.meterflow.power.baseline.DeviationRun;
import io.meterflow.power.baseline.MeterBaseline;
import io.meterflow.power.config.PowerAnomalySettings;
import io.meterflow.power.meter.Verdict;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The power-anomaly baseline-deviation rule with its default thresholds on the next measured hour
 * of one electricity meter, as the consumption operator calls it per hourly interval: the hour
 * judged against the meter's hour-of-week baseline and learned into it. One week in eight has an
 * evening of heavy use, so the rule raises and clears as well as judging usual hours.
 */
@State(Scope.Thread)
public class BaselineDeviationBenchmark {

  private static final long MILLIS_PER_HOUR = 3_600_000L;
  private static final int HOURS_PER_WEEK = 168;
  private static final int WEEKS_PER_ANOMALY = 8;
  private static final int ANOMALY_START = 4 * 24 + 18;
  private static final int ANOMALY_HOURS = 4;

  private BaselineDeviationRule rule;
  private ZoneId zone;
  private MeterBaseline baseline;
  private DeviationRun run;
  private boolean episodeOpen;
  private IntervalConsumption interval;
  private long hour;

  @Setup
  public void setUp() {
    PowerAnomalySettings settings = PowerAnomalySettings.defaults();
    rule = new BaselineDeviationRule(settings.baseline());
    zone = settings.defaultZone();
    baseline = new MeterBaseline();
    run = DeviationRun.start();
    hour = FleetReadings.START.toEpochMilli() / MILLIS_PER_HOUR;
    interval =
        IntervalConsumption.newBuilder()
            .setTenant(FleetReadings.TENANT)
            .setMeterId(FleetReadings.meterId(4242L))
            .setRegister(Register.ELECTRICITY_IMPORT_ENERGY)
            .setResolution("PT1H")
            .setIntervalStart(FleetReadings.START)
            .setIntervalEnd(FleetReadings.START)
            .setConsumption(0)
            .setUnit(CanonicalUnit.KWH)
            .setStartIndex(null)
            .setEndIndex(null)
            .setMinValue(null)
            .setMaxValue(null)
            .setReadingCount(4)
            .setCompleteness(1.0)
            .setQuality(IntervalQuality.MEASURED)
            .setFlags(List.of())
            .setVersion(1)
            .build();
  }

  @Benchmark
  public BaselineStep householdHour() {
    interval.setIntervalStart(Instant.ofEpochMilli(hour * MILLIS_PER_HOUR));
    interval.setConsumption(householdKwh(hour % (WEEKS_PER_ANOMALY * HOURS_PER_WEEK)));
    hour++;
    interval.setIntervalEnd(Instant.ofEpochMilli(hour * MILLIS_PER_HOUR));
    BaselineStep step = rule.observe(baseline, run, interval, zone, episodeOpen);
    run = step.step().state();
    Verdict verdict = step.step().verdict();
    episodeOpen =
        verdict instanceof Verdict.Holds || (episodeOpen && !(verdict instanceof Verdict.Ended));
    return step;
  }

  /**
   * Some 0.2 kWh at night, 1 kWh by day and 2 kWh in the evening; 6 kWh for four hours of one
   * evening in the last of every eight weeks.
   */
  private static double householdKwh(long hourOfCycle) {
    long anomalyStart = (WEEKS_PER_ANOMALY - 1) * HOURS_PER_WEEK + ANOMALY_START;
    if (hourOfCycle >= anomalyStart && hourOfCycle < anomalyStart + ANOMALY_HOURS) {
      return 6.0;
    }
    long hourOfDay = hourOfCycle % 24;
    if (hourOfDay < 6) {
      return 0.2;
    }
    return hourOfDay >= 18 && hourOfDay < 22 ? 2.0 : 1.0;
  }
}
