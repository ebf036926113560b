package io.meterflow.normalizer;

import io.meterflow.normalizer.csv.CsvProfileFile;
import io.meterflow.normalizer.csv.CsvProfiles;
import io.meterflow.normalizer.csv.CsvRowParser;
import io.meterflow.normalizer.headend.HeadEndDecoder;
import io.meterflow.normalizer.headend.HeadEndPayloadParser;
import io.meterflow.normalizer.json.WebApiJsonParser;
import io.meterflow.normalizer.mapping.RegisterResolution;
import io.meterflow.normalizer.parse.PayloadParsing;
import io.meterflow.normalizer.raw.FieldRules;
import io.meterflow.normalizer.time.ReadingTimeResolver;
import io.meterflow.normalizer.time.TenantZones;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ReadableConfig;

/**
 * The normalizer's settings, typed and checked. See {@link NormalizerOptions} for each one's key
 * and default.
 */
public record NormalizerSettings(
    TenantZones tenantZones,
    Duration futureTolerance,
    int maxFieldLength,
    double maxValue,
    Duration deviceStateTtl,
    CsvProfiles csvProfiles)
    implements Serializable {

  /** The defaults of every option, and the built-in CSV profiles only. */
  public static NormalizerSettings defaults() {
    return from(new Configuration());
  }

  /**
   * @throws IllegalArgumentException naming the key of a setting that is not valid
   */
  public static NormalizerSettings from(ReadableConfig config) {
    Map<String, ZoneId> tenantZones = new HashMap<>();
    config
        .get(NormalizerOptions.TENANT_TIMEZONES)
        .forEach(
            (tenant, zone) ->
                tenantZones.put(tenant, zone(NormalizerOptions.TENANT_TIMEZONES.key(), zone)));
    CsvProfiles profiles = CsvProfiles.builtIn();
    String profileFile = config.get(NormalizerOptions.CSV_PROFILES_FILE);
    if (profileFile != null) {
      profiles = profiles.with(CsvProfileFile.read(Path.of(profileFile)));
    }
    return new NormalizerSettings(
        new TenantZones(
            zone(
                NormalizerOptions.DEFAULT_TIMEZONE.key(),
                config.get(NormalizerOptions.DEFAULT_TIMEZONE)),
            tenantZones),
        config.get(NormalizerOptions.FUTURE_TOLERANCE),
        config.get(NormalizerOptions.MAX_FIELD_LENGTH),
        config.get(NormalizerOptions.MAX_VALUE),
        config.get(NormalizerOptions.DEVICE_STATE_TTL),
        profiles);
  }

  /** The parsers of all formats, with the head-end decoder given. */
  public PayloadParsing payloadParsing(HeadEndDecoder headEndDecoder) {
    FieldRules rules = new FieldRules(maxFieldLength);
    return new PayloadParsing(
        new HeadEndPayloadParser(headEndDecoder, rules),
        new WebApiJsonParser(rules),
        new CsvRowParser(csvProfiles, rules));
  }

  public RegisterResolution registerResolution() {
    return new RegisterResolution(maxValue);
  }

  public ReadingTimeResolver readingTimeResolver() {
    return new ReadingTimeResolver(tenantZones, futureTolerance);
  }

  private static ZoneId zone(String key, String zone) {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          key + ": '" + zone + "' is not a zone id such as Europe/Madrid or UTC", e);
    }
  }
}
