package io.meterflow.normalizer;

import java.time.Duration;
import java.util.Map;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/** The normalizer's configuration keys, with their defaults. Read by {@link NormalizerSettings}. */
public final class NormalizerOptions {

  public static final ConfigOption<String> DEFAULT_TIMEZONE =
      ConfigOptions.key("normalizer.default-timezone")
          .stringType()
          .defaultValue("UTC")
          .withDescription(
              "Zone of local reading times of meters whose DeviceInfo names no zone and whose"
                  + " tenant has no zone in normalizer.tenant-timezones. Such readings are"
                  + " flagged ZONE_FROM_TENANT_DEFAULT.");

  public static final ConfigOption<Map<String, String>> TENANT_TIMEZONES =
      ConfigOptions.key("normalizer.tenant-timezones")
          .mapType()
          .defaultValue(Map.of())
          .withDescription(
              "Default zone per tenant, e.g. 'tenant-a:Europe/Madrid,tenant-b:Europe/Berlin'.");

  public static final ConfigOption<Duration> FUTURE_TOLERANCE =
      ConfigOptions.key("normalizer.future-tolerance")
          .durationType()
          .defaultValue(Duration.ofHours(1))
          .withDescription(
              "How far after its ingest time a reading time may lie, for meter clocks that run"
                  + " fast; later readings are rejected as TIME_IN_FUTURE.");

  public static final ConfigOption<Integer> MAX_FIELD_LENGTH =
      ConfigOptions.key("normalizer.max-field-length")
          .intType()
          .defaultValue(256)
          .withDescription(
              "Longest text accepted in an input field (tenant, meter id, register code, unit,"
                  + " ...); longer ones are rejected as FIELD_TOO_LONG, as they would end up in"
                  + " keys, state and rows.");

  public static final ConfigOption<Double> MAX_VALUE =
      ConfigOptions.key("normalizer.max-value")
          .doubleType()
          .defaultValue(1.0e9)
          .withDescription(
              "Largest magnitude of a value in its canonical unit (kWh, m3, V, W, m3/h, degC);"
                  + " larger ones are rejected as VALUE_OUT_OF_RANGE. The default is a 9-digit"
                  + " register.");

  public static final ConfigOption<Duration> DEVICE_STATE_TTL =
      ConfigOptions.key("normalizer.device-state-ttl")
          .durationType()
          .defaultValue(Duration.ofDays(400))
          .withDescription(
              "How long a meter's DeviceInfo is kept without a reading or an update; a little"
                  + " over a year, so meters read yearly keep their zone.");

  public static final ConfigOption<String> CSV_PROFILES_FILE =
      ConfigOptions.key("normalizer.csv-profiles-file")
          .stringType()
          .noDefaultValue()
          .withDescription(
              "YAML file of user-defined CSV profiles, in addition to the built-in daiad-csv.");

  private NormalizerOptions() {}
}
