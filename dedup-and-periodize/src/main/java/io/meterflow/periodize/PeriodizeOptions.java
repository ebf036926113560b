package io.meterflow.periodize;

import io.meterflow.contracts.meter.MeterDevice;
import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/**
 * The settings of the dedup-and-periodize job, as Flink options with documented defaults. Read them
 * into typed {@link PeriodizeSettings} with {@link PeriodizeSettings#from}.
 */
public final class PeriodizeOptions {

  public static final ConfigOption<List<String>> RESOLUTIONS =
      ConfigOptions.key("periodize.resolutions")
          .stringType()
          .asList()
          .defaultValues("PT15M", "PT1H", "P1D")
          .withDescription(
              "Interval resolutions to state, as ISO-8601 durations. P1D is the meter's local day"
                  + " (23 to 25 hours on DST days); any other duration must divide a day and is"
                  + " aligned to UTC (so PT15M is aligned to local time in every zone whose offset"
                  + " is a whole quarter hour, PT1H only in whole-hour zones).");

  public static final ConfigOption<Duration> GAP_LIMIT =
      ConfigOptions.key("periodize.gap-limit")
          .durationType()
          .defaultValue(Duration.ofHours(6))
          .withDescription(
              "Longest gap between two reads of a cumulative register across which intervals are"
                  + " INTERPOLATED; across a longer gap they are ESTIMATED and flagged GAP.");

  public static final ConfigOption<Duration> ALLOWED_LATENESS =
      ConfigOptions.key("periodize.allowed-lateness")
          .durationType()
          .defaultValue(Duration.ofHours(48))
          .withDescription(
              "How far behind the watermark a reading may be and still be merged (restating the"
                  + " intervals it changes). Older readings go to the late output.");

  public static final ConfigOption<Duration> OUT_OF_ORDERNESS =
      ConfigOptions.key("periodize.out-of-orderness")
          .durationType()
          .defaultValue(Duration.ofMinutes(15))
          .withDescription(
              "Bounded out-of-orderness of the reading-time watermark: intervals wait this long"
                  + " for stragglers before they are stated.");

  public static final ConfigOption<Duration> IDLENESS =
      ConfigOptions.key("periodize.idleness")
          .durationType()
          .defaultValue(Duration.ofMinutes(1))
          .withDescription(
              "A source split without readings for this long is idle and does not hold the"
                  + " watermark back.");

  public static final ConfigOption<Double> NEGATIVE_TOLERANCE_M3 =
      ConfigOptions.key("periodize.negative-tolerance.m3")
          .doubleType()
          .defaultValue(0.005)
          .withDescription(
              "Largest decrease of a volume index (m3) kept as a NEGATIVE consumption (backflow,"
                  + " jitter); default 5 L, the backflow household water meters show. A larger"
                  + " decrease is a rollover or a METER_RESET.");

  public static final ConfigOption<Double> NEGATIVE_TOLERANCE_KWH =
      ConfigOptions.key("periodize.negative-tolerance.kwh")
          .doubleType()
          .defaultValue(0.001)
          .withDescription(
              "Largest decrease of an energy index (kWh) kept as a NEGATIVE consumption; default"
                  + " 1 Wh, the resolution of household electricity registers.");

  public static final ConfigOption<Double> NEGATIVE_TOLERANCE_RELATIVE =
      ConfigOptions.key("periodize.negative-tolerance.relative")
          .doubleType()
          .defaultValue(0.0)
          .withDescription(
              "A decrease up to this fraction of the previous index is also NEGATIVE (the larger"
                  + " of the absolute and the relative tolerance applies).");

  public static final ConfigOption<Double> ROLLOVER_MARGIN =
      ConfigOptions.key("periodize.rollover-margin")
          .doubleType()
          .defaultValue(0.1)
          .withDescription(
              "A decrease is a rollover when the unwrapped consumption (new + 10^digits - old)"
                  + " is below this fraction of 10^digits: the old index was near the limit and"
                  + " the new one near 0.");

  public static final ConfigOption<Duration> BASELINE_RETENTION =
      ConfigOptions.key("periodize.baseline-retention")
          .durationType()
          .defaultValue(Duration.ofDays(62))
          .withDescription(
              "How long the last read of a quiet series is kept as the baseline of its next read"
                  + " (two monthly read cycles). After that the series leaves no state, and its"
                  + " next read starts a new baseline. At least the allowed lateness.");

  public static final ConfigOption<Duration> STATE_TTL =
      ConfigOptions.key("periodize.state-ttl")
          .durationType()
          .defaultValue(Duration.ofDays(70))
          .withDescription(
              "Processing-time TTL of every keyed state (the dedup log of each series included):"
                  + " a safety net behind the event-time timers that clean state up. At least the"
                  + " baseline retention.");

  public static final ConfigOption<String> DEFAULT_TIMEZONE =
      ConfigOptions.key("periodize.default-timezone")
          .stringType()
          .defaultValue("UTC")
          .withDescription(
              "IANA zone of the local days (P1D) of meters whose DeviceInfo has no timezone or"
                  + " is not known yet.");

  public static final ConfigOption<Duration> INTERVAL_READ_PERIOD =
      ConfigOptions.key("periodize.interval-read-period")
          .durationType()
          .defaultValue(Duration.ofMinutes(15))
          .withDescription(
              "Period covered by one INTERVAL reading (a delta over the period ending at its"
                  + " reading time); should not exceed the finest resolution.");

  public static final ConfigOption<Duration> AGGREGATE_DELAY =
      ConfigOptions.key("periodize.aggregate-delay")
          .durationType()
          .defaultValue(Duration.ofMinutes(15))
          .withDescription(
              "An aggregate is first stated when the watermark is this far past its period, and"
                  + " restated at most once per this much watermark progress.");

  public static final ConfigOption<Duration> DEVICE_STATE_TTL =
      MeterDevice.ttlOption("periodize.device-state-ttl");

  private PeriodizeOptions() {}
}
