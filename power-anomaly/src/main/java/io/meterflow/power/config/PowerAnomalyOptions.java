package io.meterflow.power.config;

import io.meterflow.contracts.meter.MeterDevice;
import java.time.Duration;
import java.util.Map;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/**
 * Every setting of the power-anomaly job (SPEC.md 4.4), with its default. Read into typed rule
 * configurations by {@link PowerAnomalySettings}.
 */
public final class PowerAnomalyOptions {

  // Event time and state.

  public static final ConfigOption<Duration> MAX_OUT_OF_ORDERNESS =
      ConfigOptions.key("power.watermark.max-out-of-orderness")
          .durationType()
          .defaultValue(Duration.ofHours(1))
          .withDescription(
              "How far readings and intervals may arrive out of event-time order. The rules see"
                  + " each meter's data in event-time order once the watermark passes it, so"
                  + " alarms come this much later. Head-ends that deliver daily batches need more"
                  + " (or a communication-loss minimum silence above the delivery period).");

  public static final ConfigOption<Duration> IDLENESS =
      ConfigOptions.key("power.watermark.idleness")
          .durationType()
          .defaultValue(Duration.ofMinutes(5))
          .withDescription(
              "A source split without records for this long stops holding back event time (the"
                  + " compacted devices topic is quiet most of the time).");

  public static final ConfigOption<Duration> QUIET_HORIZON =
      ConfigOptions.key("power.quiet-horizon")
          .durationType()
          .defaultValue(Duration.ofDays(45))
          .withDescription(
              "A meter (or area) without data for this long in event time is forgotten: its open"
                  + " alarms are CLEARED with a 'no data' message and its rule state goes, the"
                  + " hour-of-week baseline included; its DeviceInfo stays (see"
                  + " power.device-state-ttl). Longer than the slowest usual read cadence"
                  + " (monthly), so that a meter's learned state survives ordinary gaps.");

  public static final ConfigOption<Duration> STATE_TTL =
      ConfigOptions.key("power.state.ttl")
          .durationType()
          .defaultValue(Duration.ofDays(90))
          .withDescription(
              "Safety net in processing time for rule state that nothing has read or written for"
                  + " this long; the quiet horizon does the real cleanup. Must exceed the quiet"
                  + " horizon.");

  public static final ConfigOption<Duration> DEVICE_STATE_TTL =
      MeterDevice.ttlOption("power.device-state-ttl");

  public static final ConfigOption<Double> MIN_RELATIVE_CHANGE =
      ConfigOptions.key("power.episode.min-relative-change")
          .doubleType()
          .defaultValue(0.2)
          .withDescription(
              "Relative change of an alarm's evidence (0.2 = 20 %) that makes an UPDATED worth"
                  + " sending; a change of severity always does.");

  public static final ConfigOption<String> DEFAULT_TIMEZONE =
      ConfigOptions.key("power.default-timezone")
          .stringType()
          .defaultValue("UTC")
          .withDescription(
              "Zone of a meter whose DeviceInfo gives none (or an unknown one): the hour-of-week"
                  + " baseline is in local time.");

  public static final ConfigOption<Double> DEFAULT_NOMINAL_VOLTAGE =
      ConfigOptions.key("power.default-nominal-voltage-v")
          .doubleType()
          .defaultValue(230.0)
          .withDescription(
              "Nominal phase voltage (V) of a meter whose DeviceInfo gives none: used by the"
                  + " voltage-quality limits and the fuse capacity.");

  public static final ConfigOption<Map<String, String>> SEVERITIES =
      ConfigOptions.key("power.severities")
          .mapType()
          .defaultValue(
              Map.of(
                  "IMPLAUSIBLE_CONSUMPTION", "MAJOR",
                  "BASELINE_DEVIATION", "MINOR",
                  "ZERO_CONSUMPTION", "MINOR",
                  "REVERSE_FLOW", "MAJOR",
                  "VOLTAGE_SAG", "MINOR",
                  "VOLTAGE_SWELL", "MAJOR",
                  "INTERRUPTION", "MAJOR",
                  "OUTAGE", "MAJOR",
                  "AREA_OUTAGE", "CRITICAL",
                  "COMMUNICATION_LOSS", "MINOR"))
          .withDescription(
              "Severity of each power alarm type, e.g. OUTAGE:MAJOR,AREA_OUTAGE:CRITICAL. Types"
                  + " left out keep their default. A swell is MAJOR because overvoltage damages"
                  + " appliances; an area outage is CRITICAL because it is a network fault.");

  // IMPLAUSIBLE_CONSUMPTION

  public static final ConfigOption<Double> IMPLAUSIBLE_MARGIN =
      ConfigOptions.key("power.implausible.margin")
          .doubleType()
          .defaultValue(0.25)
          .withDescription(
              "Share above the main fuse's capacity (phases x amps x nominal voltage x interval)"
                  + " that an interval may reach before it is implausible: a gG fuse carries 1.25"
                  + " times its rating for an hour without blowing (its conventional non-fusing"
                  + " current).");

  // BASELINE_DEVIATION

  public static final ConfigOption<Double> BASELINE_ALPHA =
      ConfigOptions.key("power.baseline.alpha")
          .doubleType()
          .defaultValue(0.1)
          .withDescription(
              "Weight of a new observation in each slot of the baseline (an exponentially"
                  + " weighted level and absolute deviation): a new week in an hour-of-week slot,"
                  + " a new day in an hour-of-day slot; 0.1 remembers about ten of them.");

  public static final ConfigOption<Integer> BASELINE_WARM_UP_WEEKS =
      ConfigOptions.key("power.baseline.warm-up-weeks")
          .intType()
          .defaultValue(3)
          .withDescription(
              "Observations (weeks) an hour-of-week slot needs before it judges its hours; until"
                  + " then the hour-of-day slots judge them (see"
                  + " power.baseline.warm-up-days).");

  public static final ConfigOption<Integer> BASELINE_WARM_UP_DAYS =
      ConfigOptions.key("power.baseline.warm-up-days")
          .intType()
          .defaultValue(3)
          .withDescription(
              "Observations (days) an hour-of-day slot needs before it judges the hours whose"
                  + " hour-of-week slot is still warming up, so that a new meter is judged after"
                  + " days rather than weeks. Weekdays and weekend days have their own slots;"
                  + " while the hour's own kind of day has fewer days, both kinds together judge"
                  + " it once each has been seen and they have this many days between them. 0"
                  + " disables the fallback: no alarm before the warm-up weeks.");

  public static final ConfigOption<Double> BASELINE_THRESHOLD =
      ConfigOptions.key("power.baseline.deviation-threshold")
          .doubleType()
          .defaultValue(4.0)
          .withDescription(
              "An hour deviates when it is this many times the usual absolute deviation of the"
                  + " baseline that judges it away from its level.");

  public static final ConfigOption<Double> BASELINE_OUTLIER_CLIP =
      ConfigOptions.key("power.baseline.outlier-clip")
          .doubleType()
          .defaultValue(3.0)
          .withDescription(
              "A learned hour moves its slot by at most this many usual absolute deviations"
                  + " (a Huber clip), so that single outliers barely shift the baseline.");

  public static final ConfigOption<Double> BASELINE_MIN_DEVIATION =
      ConfigOptions.key("power.baseline.min-deviation-kwh")
          .doubleType()
          .defaultValue(0.3)
          .withDescription(
              "An hour deviates only when it is also at least this far (kWh) from its usual"
                  + " level: small meters must not alarm on a kettle.");

  public static final ConfigOption<Double> BASELINE_RELATIVE_FLOOR =
      ConfigOptions.key("power.baseline.relative-floor")
          .doubleType()
          .defaultValue(0.1)
          .withDescription(
              "The usual absolute deviation of a slot is taken as at least this share of its"
                  + " level, so that a very regular meter is not judged on noise.");

  public static final ConfigOption<Integer> BASELINE_CONSECUTIVE_HOURS =
      ConfigOptions.key("power.baseline.consecutive-hours")
          .intType()
          .defaultValue(3)
          .withDescription(
              "Consecutive deviating hours that raise BASELINE_DEVIATION, and consecutive normal"
                  + " hours that clear it.");

  public static final ConfigOption<Double> BASELINE_EPISODE_LEARNING =
      ConfigOptions.key("power.baseline.episode-learning-factor")
          .doubleType()
          .defaultValue(0.1)
          .withDescription(
              "Factor on the learning weight for hours inside an open episode: the anomaly must"
                  + " not become the new normal, but a lasting change (a new heat pump) must"
                  + " still be learned in the end. 0 stops learning during episodes.");

  // ZERO_CONSUMPTION

  public static final ConfigOption<Duration> ZERO_PERIOD =
      ConfigOptions.key("power.zero-consumption.period")
          .durationType()
          .defaultValue(Duration.ofHours(72))
          .withDescription(
              "Reported intervals without consumption, back to back, that raise ZERO_CONSUMPTION"
                  + " on an active meter.");

  public static final ConfigOption<Double> ZERO_THRESHOLD =
      ConfigOptions.key("power.zero-consumption.threshold-kwh")
          .doubleType()
          .defaultValue(0.001)
          .withDescription(
              "An interval above this (kWh) is consumption: 1 Wh, below any register's"
                  + " resolution, absorbs the rounding of interpolated intervals.");

  // REVERSE_FLOW

  public static final ConfigOption<Double> REVERSE_THRESHOLD =
      ConfigOptions.key("power.reverse-flow.threshold-kwh")
          .doubleType()
          .defaultValue(0.01)
          .withDescription("An export interval above this (kWh) means the export register rose.");

  public static final ConfigOption<Duration> REVERSE_CLEAR_AFTER =
      ConfigOptions.key("power.reverse-flow.clear-after")
          .durationType()
          .defaultValue(Duration.ofHours(24))
          .withDescription(
              "REVERSE_FLOW clears when the export register has not risen for this long (by the"
                  + " intervals reported), or when generation is registered for the meter.");

  // VOLTAGE_SAG, VOLTAGE_SWELL, INTERRUPTION

  public static final ConfigOption<Duration> VOLTAGE_WINDOW =
      ConfigOptions.key("power.voltage.window")
          .durationType()
          .defaultValue(Duration.ofMinutes(10))
          .withDescription("Tumbling event-time window of the mean voltage (EN 50160: 10 min).");

  public static final ConfigOption<Double> VOLTAGE_SAG_FRACTION =
      ConfigOptions.key("power.voltage.sag-fraction")
          .doubleType()
          .defaultValue(0.9)
          .withDescription("A window mean below this share of nominal is a VOLTAGE_SAG.");

  public static final ConfigOption<Double> VOLTAGE_SWELL_FRACTION =
      ConfigOptions.key("power.voltage.swell-fraction")
          .doubleType()
          .defaultValue(1.1)
          .withDescription("A window mean above this share of nominal is a VOLTAGE_SWELL.");

  public static final ConfigOption<Double> VOLTAGE_INTERRUPTION_FRACTION =
      ConfigOptions.key("power.voltage.interruption-fraction")
          .doubleType()
          .defaultValue(0.05)
          .withDescription("A window mean below this share of nominal is an INTERRUPTION.");

  // AREA_OUTAGE

  public static final ConfigOption<Integer> AREA_OUTAGE_MIN_METERS =
      ConfigOptions.key("power.area-outage.min-meters")
          .intType()
          .defaultValue(3)
          .withDescription(
              "Meters of one area whose POWER_FAIL falls within the window that raise"
                  + " AREA_OUTAGE.");

  public static final ConfigOption<Duration> AREA_OUTAGE_WINDOW =
      ConfigOptions.key("power.area-outage.window")
          .durationType()
          .defaultValue(Duration.ofMinutes(5))
          .withDescription("How close in event time the POWER_FAIL events must be.");

  public static final ConfigOption<Double> AREA_OUTAGE_RESTORED_SHARE =
      ConfigOptions.key("power.area-outage.restored-share")
          .doubleType()
          .defaultValue(0.5)
          .withDescription(
              "AREA_OUTAGE clears when more than this share of the meters it affected have"
                  + " reported POWER_RESTORED (0.5: most of them).");

  // COMMUNICATION_LOSS

  public static final ConfigOption<Double> COMMUNICATION_FACTOR =
      ConfigOptions.key("power.communication-loss.cadence-factor")
          .doubleType()
          .defaultValue(3.0)
          .withDescription(
              "A meter is silent when no reading came for this many times its usual cadence"
                  + " (learned: an exponentially weighted mean of the gaps between readings,"
                  + " each gap clipped to this many cadences so that silences barely stretch"
                  + " it).");

  public static final ConfigOption<Duration> COMMUNICATION_MIN_SILENCE =
      ConfigOptions.key("power.communication-loss.min-silence")
          .durationType()
          .defaultValue(Duration.ofHours(6))
          .withDescription("A silence shorter than this never raises COMMUNICATION_LOSS.");

  public static final ConfigOption<Double> COMMUNICATION_ALPHA =
      ConfigOptions.key("power.communication-loss.alpha")
          .doubleType()
          .defaultValue(0.1)
          .withDescription("Weight of a new gap in the learned cadence.");

  public static final ConfigOption<Integer> COMMUNICATION_WARM_UP_GAPS =
      ConfigOptions.key("power.communication-loss.warm-up-gaps")
          .intType()
          .defaultValue(4)
          .withDescription(
              "Gaps between readings a meter's cadence needs before its silences are judged.");

  private PowerAnomalyOptions() {}
}
