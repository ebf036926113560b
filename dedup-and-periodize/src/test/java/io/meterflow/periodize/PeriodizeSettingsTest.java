package io.meterflow.periodize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.contracts.CanonicalUnit;
import java.time.Duration;
import java.time.ZoneId;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;

class PeriodizeSettingsTest {

  @Test
  void shouldDefaultToTheSpecifiedResolutionsAndHorizons() {
    PeriodizeSettings settings = PeriodizeSettings.defaults();

    assertThat(settings.resolutions())
        .extracting(r -> r.name())
        .containsExactly("PT15M", "PT1H", "P1D");
    assertThat(settings.gapLimit()).isEqualTo(Duration.ofHours(6));
    assertThat(settings.allowedLateness()).isEqualTo(Duration.ofHours(48));
    assertThat(settings.defaultZone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(settings.negativeTolerance().allowedDecrease(CanonicalUnit.M3, 100.0))
        .isEqualTo(0.005);
  }

  @Test
  void shouldReadOptionsFromTextAsJobArgumentsGiveThem() {
    Configuration config = new Configuration();
    config.setString("periodize.resolutions", "PT30M;P1D");
    config.setString("periodize.allowed-lateness", "72 h");
    config.setString("periodize.default-timezone", "Europe/Madrid");

    PeriodizeSettings settings = PeriodizeSettings.from(config);

    assertThat(settings.resolutions()).extracting(r -> r.name()).containsExactly("PT30M", "P1D");
    assertThat(settings.allowedLateness()).isEqualTo(Duration.ofHours(72));
    assertThat(settings.defaultZone()).isEqualTo(ZoneId.of("Europe/Madrid"));
  }

  @Test
  void shouldNameTheSettingAtFault() {
    Configuration zone = new Configuration();
    zone.set(PeriodizeOptions.DEFAULT_TIMEZONE, "Mars/Olympus");
    assertThatThrownBy(() -> PeriodizeSettings.from(zone))
        .hasMessageContaining("periodize.default-timezone")
        .hasMessageContaining("Mars/Olympus");

    Configuration retention = new Configuration();
    retention.set(PeriodizeOptions.BASELINE_RETENTION, Duration.ofHours(1));
    assertThatThrownBy(() -> PeriodizeSettings.from(retention))
        .hasMessageContaining("periodize.baseline-retention");
  }
}
