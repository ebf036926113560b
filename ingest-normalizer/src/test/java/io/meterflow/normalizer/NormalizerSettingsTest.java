package io.meterflow.normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.normalizer.csv.CsvProfiles;
import io.meterflow.normalizer.time.TenantZones;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizerSettingsTest {

  @Test
  void shouldDocumentItsDefaults() {
    assertThat(NormalizerSettings.defaults())
        .isEqualTo(
            new NormalizerSettings(
                new TenantZones(ZoneId.of("UTC"), Map.of()),
                Duration.ofHours(1),
                256,
                1.0e9,
                Duration.ofDays(400),
                CsvProfiles.builtIn()));
  }

  @Test
  void shouldReadEveryOption(@TempDir Path folder) throws Exception {
    Path profiles = folder.resolve("profiles.yaml");
    Files.writeString(
        profiles,
        "acme:\n  columns: {meterId: 0, timestamp: 1, value: 2}\n  unit: kWh\n"
            + "  register: 1-0:1.8.0\n  tenant: acme\n");
    Configuration config = new Configuration();
    config.setString("normalizer.default-timezone", "+01:00");
    config.setString(
        "normalizer.tenant-timezones", "tenant-a:Europe/Madrid,tenant-b:Europe/Berlin");
    config.setString("normalizer.future-tolerance", "15 min");
    config.setString("normalizer.max-field-length", "64");
    config.setString("normalizer.max-value", "1e6");
    config.setString("normalizer.device-state-ttl", "30 d");
    config.setString("normalizer.csv-profiles-file", profiles.toString());

    NormalizerSettings settings = NormalizerSettings.from(config);

    assertThat(settings.tenantZones())
        .isEqualTo(
            new TenantZones(
                ZoneOffset.ofHours(1),
                Map.of(
                    "tenant-a", ZoneId.of("Europe/Madrid"),
                    "tenant-b", ZoneId.of("Europe/Berlin"))));
    assertThat(settings.futureTolerance()).isEqualTo(Duration.ofMinutes(15));
    assertThat(settings.maxFieldLength()).isEqualTo(64);
    assertThat(settings.maxValue()).isEqualTo(1.0e6);
    assertThat(settings.deviceStateTtl()).isEqualTo(Duration.ofDays(30));
    assertThat(settings.csvProfiles().names()).isEqualTo("acme, daiad-csv");
  }

  @Test
  void shouldNameTheKeyOfAZoneThatDoesNotExist() {
    Configuration config = new Configuration();
    config.setString("normalizer.tenant-timezones", "tenant-a:Europe/Madird");

    assertThatThrownBy(() -> NormalizerSettings.from(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "normalizer.tenant-timezones: 'Europe/Madird' is not a zone id such as Europe/Madrid"
                + " or UTC");
  }
}
