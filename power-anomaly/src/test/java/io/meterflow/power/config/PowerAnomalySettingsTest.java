package io.meterflow.power.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.contracts.AlarmSeverity;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;

class PowerAnomalySettingsTest {

  @Test
  void shouldHaveTheDocumentedDefaults() {
    PowerAnomalySettings settings = PowerAnomalySettings.defaults();

    assertThat(settings.zeroConsumption().period()).isEqualTo(Duration.ofHours(72));
    assertThat(settings.voltage().window()).isEqualTo(Duration.ofMinutes(10));
    assertThat(settings.voltage().sagFraction()).isEqualTo(0.9);
    assertThat(settings.voltage().swellFraction()).isEqualTo(1.1);
    assertThat(settings.voltage().interruptionFraction()).isEqualTo(0.05);
    assertThat(settings.areaOutage().minMeters()).isEqualTo(3);
    assertThat(settings.areaOutage().window()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.communicationLoss().minSilence()).isEqualTo(Duration.ofHours(6));
    assertThat(settings.baseline().consecutiveHours()).isEqualTo(3);
    assertThat(settings.baseline().warmUpWeeks()).isEqualTo(3);
    assertThat(settings.baseline().warmUpDays()).isEqualTo(3);
    assertThat(settings.defaultZone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(settings.outageSeverity()).isEqualTo(AlarmSeverity.MAJOR);
    assertThat(settings.areaOutage().severity()).isEqualTo(AlarmSeverity.CRITICAL);
    assertThat(settings.deviceStateTtl()).isEqualTo(Duration.ofDays(400));
  }

  @Test
  void shouldOverrideTheSeverityOfSomeTypesAndKeepTheOthers() {
    PowerAnomalySettings settings =
        settings(Map.of("power.severities", "OUTAGE:CRITICAL,VOLTAGE_SAG:INFO"));

    assertThat(settings.outageSeverity()).isEqualTo(AlarmSeverity.CRITICAL);
    assertThat(settings.voltage().sagSeverity()).isEqualTo(AlarmSeverity.INFO);
    assertThat(settings.voltage().swellSeverity()).isEqualTo(AlarmSeverity.MAJOR);
  }

  @Test
  void shouldNameTheKeyOfAValueOutOfRange() {
    assertThatThrownBy(() -> settings(Map.of("power.baseline.consecutive-hours", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("power.baseline.consecutive-hours must be at least 1, was 0");
    assertThatThrownBy(() -> settings(Map.of("power.baseline.warm-up-days", "-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("power.baseline.warm-up-days must be at least 0, was -1");
    assertThatThrownBy(() -> settings(Map.of("power.severities", "BURST:MAJOR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("power.severities names 'BURST', which is not one of");
    assertThatThrownBy(() -> settings(Map.of("power.severities", "OUTAGE:LOUD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "power.severities gives OUTAGE the severity 'LOUD'; use one of INFO, MINOR, MAJOR,"
                + " CRITICAL");
    assertThatThrownBy(() -> settings(Map.of("power.state.ttl", "30 d")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "power.state.ttl (PT720H) must exceed power.quiet-horizon (PT1080H): the TTL is only"
                + " the safety net behind the quiet horizon");
    assertThatThrownBy(() -> settings(Map.of("power.device-state-ttl", "45 d")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "power.device-state-ttl (PT1080H) must exceed power.quiet-horizon (PT1080H): a meter"
                + " that reports again after going quiet still needs its DeviceInfo");
    assertThatThrownBy(() -> settings(Map.of("power.default-timezone", "Mars/Olympus")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "power.default-timezone 'Mars/Olympus' is not a known zone such as Europe/Madrid");
    assertThatThrownBy(() -> settings(Map.of("power.voltage.interruption-fraction", "0.95")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "power.voltage.interruption-fraction (0.95) must be below"
                + " power.voltage.sag-fraction (0.9)");
  }

  private static PowerAnomalySettings settings(Map<String, String> options) {
    return PowerAnomalySettings.from(Configuration.fromMap(options));
  }
}
