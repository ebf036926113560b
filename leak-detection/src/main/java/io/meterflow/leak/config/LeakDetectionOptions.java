package io.meterflow.leak.config;

import io.meterflow.contracts.meter.MeterDevice;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/**
 * Configuration of leak detection, with its defaults. The options of {@link #TENANT_OPTIONS} hold
 * for every tenant and can be overridden for one: {@code leak.tenant.<tenant>.<key>}, where key is
 * the option's key without the leading {@code leak.}, e.g. {@code
 * leak.tenant.acme.burst.q3-fraction: 0.2}.
 */
public final class LeakDetectionOptions {

  /** Prefix of the per-tenant overrides. */
  public static final String TENANT_PREFIX = "leak.tenant.";

  // Event time and state: one setting for the whole job.

  public static final ConfigOption<Duration> MAX_OUT_OF_ORDERNESS =
      ConfigOptions.key("leak.watermark.max-out-of-orderness")
          .durationType()
          .defaultValue(Duration.ofHours(1))
          .withDescription(
              "How far intervals and readings may arrive out of event-time order. Rules act on"
                  + " them in event-time order once the watermark passes, so alarms come this"
                  + " much later; an interval later than that is taken as a restatement, which"
                  + " does not revise alarms already sent.");

  public static final ConfigOption<Duration> IDLENESS =
      ConfigOptions.key("leak.watermark.idleness")
          .durationType()
          .defaultValue(Duration.ofMinutes(5))
          .withDescription(
              "A source split without records for this long stops holding back event time"
                  + " (e.g. the compacted devices topic).");

  public static final ConfigOption<Duration> QUIET_HORIZON =
      ConfigOptions.key("leak.quiet-horizon")
          .durationType()
          .defaultValue(Duration.ofDays(7))
          .withDescription(
              "A meter without data for this long (event time) has gone quiet: its open alarms are"
                  + " CLEARED with a 'no data' message and its rule state is dropped; its"
                  + " DeviceInfo stays (see leak.device-state-ttl).");

  public static final ConfigOption<Duration> STATE_TTL =
      ConfigOptions.key("leak.state.ttl")
          .durationType()
          .defaultValue(Duration.ofDays(30))
          .withDescription(
              "Safety net in processing time for per-meter rule state that nothing has read or"
                  + " written for this long; the quiet horizon does the real cleanup. Must exceed"
                  + " the quiet horizon.");

  public static final ConfigOption<Duration> DEVICE_STATE_TTL =
      MeterDevice.ttlOption("leak.device-state-ttl");

  public static final ConfigOption<Double> MIN_RELATIVE_CHANGE =
      ConfigOptions.key("leak.episode.min-relative-change")
          .doubleType()
          .defaultValue(0.2)
          .withDescription(
              "Relative change of an alarm's evidence (0.2 = 20 %) that makes an UPDATED worth"
                  + " sending; a change of severity always does.");

  // Per tenant.

  public static final ConfigOption<String> DEFAULT_TIMEZONE =
      ConfigOptions.key("leak.default-timezone")
          .stringType()
          .defaultValue("UTC")
          .withDescription(
              "Zone of a meter whose DeviceInfo gives none (or is not known yet): the night window"
                  + " is local time.");

  public static final ConfigOption<Double> SEVERITY_MAJOR_FLOW =
      ConfigOptions.key("leak.severity.major-flow-m3-per-h")
          .doubleType()
          .defaultValue(0.02)
          .withDescription("From this flow (m3/h) a leak alarm is MAJOR; below it, MINOR.");

  public static final ConfigOption<Double> SEVERITY_CRITICAL_FLOW =
      ConfigOptions.key("leak.severity.critical-flow-m3-per-h")
          .doubleType()
          .defaultValue(0.2)
          .withDescription("From this flow (m3/h) a leak alarm is CRITICAL.");

  public static final ConfigOption<Boolean> CONTINUOUS_FLOW_ENABLED =
      ConfigOptions.key("leak.continuous-flow.enabled")
          .booleanType()
          .defaultValue(true)
          .withDescription("Whether CONTINUOUS_FLOW alarms are raised.");

  public static final ConfigOption<Double> STANDSTILL_THRESHOLD =
      ConfigOptions.key("leak.continuous-flow.standstill-threshold-m3")
          .doubleType()
          .defaultValue(0.0005)
          .withDescription("An hour at or below this consumption (m3) is an hour at standstill.");

  public static final ConfigOption<Double> MIN_LEAK_FLOW =
      ConfigOptions.key("leak.continuous-flow.min-leak-flow-m3-per-h")
          .doubleType()
          .defaultValue(0.005)
          .withDescription(
              "CONTINUOUS_FLOW is raised only when every measured hour of the window is above this"
                  + " flow (m3/h, and above the standstill threshold); only an hour at standstill"
                  + " ends it. Set it to 0 for the meters' own rule. The default, 5 L/h, keeps alarms to"
                  + " leaks worth a letter: on the DAIAD trial (92 households, one year of hourly"
                  + " data from 1-litre registers) the meters' rule raises on 64 % of the"
                  + " households at a median base flow of 1 L/h, 5 L/h on 18 %.");

  public static final ConfigOption<Duration> CONTINUOUS_FLOW_WINDOW =
      ConfigOptions.key("leak.continuous-flow.window")
          .durationType()
          .defaultValue(Duration.ofHours(24))
          .withDescription(
              "Measured hours without an hour at standstill that raise CONTINUOUS_FLOW (whole"
                  + " hours).");

  public static final ConfigOption<Duration> CONTINUOUS_FLOW_MAX_UNKNOWN =
      ConfigOptions.key("leak.continuous-flow.max-unknown")
          .durationType()
          .defaultValue(Duration.ofHours(6))
          .withDescription(
              "Unknown hours (interpolated, estimated, invalid, missing) the window may span"
                  + " besides its measured hours (whole hours); the default matches the"
                  + " periodizer's interpolation limit.");

  public static final ConfigOption<Boolean> BURST_ENABLED =
      ConfigOptions.key("leak.burst.enabled")
          .booleanType()
          .defaultValue(true)
          .withDescription("Whether BURST alarms are raised.");

  public static final ConfigOption<Double> BURST_Q3_FRACTION =
      ConfigOptions.key("leak.burst.q3-fraction")
          .doubleType()
          .defaultValue(0.1)
          .withDescription("Burst threshold as a share of the meter's permanent flow Q3.");

  public static final ConfigOption<Double> BURST_DEFAULT_THRESHOLD =
      ConfigOptions.key("leak.burst.default-threshold-m3-per-h")
          .doubleType()
          .defaultValue(0.25)
          .withDescription(
              "Burst threshold (m3/h) of a meter whose Q3 is not known: 10 % of the Q3 = 2.5 m3/h"
                  + " of a household meter.");

  public static final ConfigOption<Duration> BURST_MIN_DURATION =
      ConfigOptions.key("leak.burst.min-duration")
          .durationType()
          .defaultValue(Duration.ofMinutes(30))
          .withDescription(
              "How long the flow must stay above the burst threshold: whole 15-minute intervals"
                  + " where the meter has them, whole hours otherwise.");

  public static final ConfigOption<Integer> BURST_MIN_INTERVALS =
      ConfigOptions.key("leak.burst.min-intervals")
          .intType()
          .defaultValue(2)
          .withDescription(
              "Consecutive intervals the flow must stay above the burst threshold, besides the"
                  + " minimum duration: one interval's mean cannot tell a sustained flow from a"
                  + " short heavy draw. Two hours on hourly data: on the DAIAD trial one hour above"
                  + " 250 L/h raises on 30 % of the households (garden watering), two on 16 %.");

  public static final ConfigOption<Boolean> NIGHT_FLOW_ENABLED =
      ConfigOptions.key("leak.night-flow.enabled")
          .booleanType()
          .defaultValue(true)
          .withDescription("Whether NIGHT_FLOW alarms are raised.");

  public static final ConfigOption<String> NIGHT_WINDOW_START =
      ConfigOptions.key("leak.night-flow.window-start")
          .stringType()
          .defaultValue("02:00")
          .withDescription("Start of the night window, local time of the meter (HH:mm).");

  public static final ConfigOption<String> NIGHT_WINDOW_END =
      ConfigOptions.key("leak.night-flow.window-end")
          .stringType()
          .defaultValue("04:00")
          .withDescription("End of the night window, local time, same day as the start (HH:mm).");

  public static final ConfigOption<Double> NIGHT_FLOW_THRESHOLD =
      ConfigOptions.key("leak.night-flow.threshold-m3-per-h")
          .doubleType()
          .defaultValue(0.001)
          .withDescription(
              "A night flows when the least hourly flow of its window is above this (m3/h).");

  public static final ConfigOption<Integer> NIGHT_FLOW_NIGHTS =
      ConfigOptions.key("leak.night-flow.nights")
          .intType()
          .defaultValue(7)
          .withDescription(
              "Consecutive flowing nights that raise NIGHT_FLOW: a week, since the rule is after"
                  + " small leaks that continuous flow does not raise, and a household uses water"
                  + " at night now and then. On the DAIAD trial 3 nights above 1 L/h raise on 47 %"
                  + " of the households, 7 nights on 11 %.");

  public static final ConfigOption<Boolean> METER_CODE_ENABLED =
      ConfigOptions.key("leak.meter-code.enabled")
          .booleanType()
          .defaultValue(true)
          .withDescription("Whether the meters' own info codes are passed through as alarms.");

  public static final ConfigOption<Map<String, String>> METER_CODE_SEVERITIES =
      ConfigOptions.key("leak.meter-code.severities")
          .mapType()
          .defaultValue(
              Map.of(
                  "LEAK", "MAJOR",
                  "BURST", "CRITICAL",
                  "DRY", "MINOR",
                  "REVERSE", "MINOR",
                  "TAMPER", "MAJOR"))
          .withDescription(
              "The info codes passed through as METER_CODE alarms and their severity, e.g."
                  + " LEAK:MAJOR,BURST:CRITICAL; codes among LEAK, BURST, DRY, REVERSE, TAMPER.");

  /** The options a tenant can override. */
  public static final List<ConfigOption<?>> TENANT_OPTIONS =
      List.of(
          DEFAULT_TIMEZONE,
          SEVERITY_MAJOR_FLOW,
          SEVERITY_CRITICAL_FLOW,
          CONTINUOUS_FLOW_ENABLED,
          STANDSTILL_THRESHOLD,
          MIN_LEAK_FLOW,
          CONTINUOUS_FLOW_WINDOW,
          CONTINUOUS_FLOW_MAX_UNKNOWN,
          BURST_ENABLED,
          BURST_Q3_FRACTION,
          BURST_DEFAULT_THRESHOLD,
          BURST_MIN_DURATION,
          BURST_MIN_INTERVALS,
          NIGHT_FLOW_ENABLED,
          NIGHT_WINDOW_START,
          NIGHT_WINDOW_END,
          NIGHT_FLOW_THRESHOLD,
          NIGHT_FLOW_NIGHTS,
          METER_CODE_ENABLED,
          METER_CODE_SEVERITIES);

  private LeakDetectionOptions() {}
}
