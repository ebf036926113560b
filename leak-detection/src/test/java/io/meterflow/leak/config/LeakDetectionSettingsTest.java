package io.meterflow.leak.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.ReadingFlag;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;

class LeakDetectionSettingsTest {

  private static LeakDetectionSettings settings(Map<String, String> options) {
    return LeakDetectionSettings.from(Configuration.fromMap(options));
  }

  @Test
  void shouldDefaultToTheDocumentedThresholds() {
    LeakDetectionSettings settings = LeakDetectionSettings.defaults();
    TenantRules rules = settings.rulesFor("any");

    assertThat(settings.maxOutOfOrderness()).isEqualTo(Duration.ofHours(1));
    assertThat(settings.idleness()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.quietHorizon()).isEqualTo(Duration.ofDays(7));
    assertThat(settings.stateTtl()).isEqualTo(Duration.ofDays(30));
    assertThat(settings.deviceStateTtl()).isEqualTo(Duration.ofDays(400));
    assertThat(settings.minRelativeChange()).isEqualTo(0.2);
    assertThat(rules.defaultZone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(rules.continuousFlow().config().standstillThresholdM3()).isEqualTo(0.0005);
    assertThat(rules.continuousFlow().config().minLeakFlowM3PerH()).isEqualTo(0.005);
    assertThat(rules.continuousFlow().config().windowHours()).isEqualTo(24);
    assertThat(rules.continuousFlow().config().maxUnknownHours()).isEqualTo(6);
    assertThat(rules.burst().config().q3Fraction()).isEqualTo(0.1);
    assertThat(rules.burst().config().defaultThresholdM3PerH()).isEqualTo(0.25);
    assertThat(rules.burst().config().minDuration()).isEqualTo(Duration.ofMinutes(30));
    assertThat(rules.burst().config().minIntervals()).isEqualTo(2);
    assertThat(rules.nightFlow().config().windowStart()).isEqualTo(LocalTime.of(2, 0));
    assertThat(rules.nightFlow().config().windowEnd()).isEqualTo(LocalTime.of(4, 0));
    assertThat(rules.nightFlow().config().thresholdM3PerH()).isEqualTo(0.001);
    assertThat(rules.nightFlow().config().nights()).isEqualTo(7);
    assertThat(rules.meterCode().config().severities())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                ReadingFlag.LEAK, AlarmSeverity.MAJOR,
                ReadingFlag.BURST, AlarmSeverity.CRITICAL,
                ReadingFlag.DRY, AlarmSeverity.MINOR,
                ReadingFlag.REVERSE, AlarmSeverity.MINOR,
                ReadingFlag.TAMPER, AlarmSeverity.MAJOR));
  }

  @Test
  void shouldOverrideThresholdsPerTenantOverTheDefaults() {
    LeakDetectionSettings settings =
        settings(
            Map.of(
                "leak.night-flow.nights", "4",
                "leak.tenant.water.acme.night-flow.nights", "2",
                "leak.tenant.water.acme.burst.min-duration", "45 min",
                "leak.tenant.water.acme.default-timezone", "Europe/Madrid",
                "leak.tenant.other.continuous-flow.window", "36 h"));

    TenantRules acme = settings.rulesFor("water.acme");
    assertThat(acme.nightFlow().config().nights()).isEqualTo(2);
    assertThat(acme.burst().config().minDuration()).isEqualTo(Duration.ofMinutes(45));
    assertThat(acme.defaultZone()).isEqualTo(ZoneId.of("Europe/Madrid"));
    assertThat(acme.continuousFlow().config().windowHours()).isEqualTo(24);
    assertThat(settings.rulesFor("other").continuousFlow().config().windowHours()).isEqualTo(36);
    assertThat(settings.rulesFor("other").nightFlow().config().nights()).isEqualTo(4);
    assertThat(settings.rulesFor("unlisted").nightFlow().config().nights()).isEqualTo(4);
  }

  @Test
  void shouldNameAnUnknownPerTenantKey() {
    assertThatThrownBy(() -> settings(Map.of("leak.tenant.acme.burst.q3-share", "0.2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Unknown per-tenant leak option 'leak.tenant.acme.burst.q3-share': expected"
                + " leak.tenant.<tenant>.<key> with key among default-timezone,");
  }

  @Test
  void shouldNameTheTenantAndKeyOfAnInvalidValue() {
    assertThatThrownBy(() -> settings(Map.of("leak.tenant.acme.night-flow.window-start", "25:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid leak detection settings of tenant 'acme': Invalid"
                + " leak.night-flow.window-start '25:00': expected a local time HH:mm such as"
                + " 02:00");
    assertThatThrownBy(() -> settings(Map.of("leak.continuous-flow.window", "90 min")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid leak.continuous-flow.window 'PT1H30M': expected a whole number of hours,"
                + " such as 24 h");
    assertThatThrownBy(() -> settings(Map.of("leak.meter-code.severities", "LEAK:SEVERE")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid leak.meter-code.severities 'LEAK:SEVERE'");
    assertThatThrownBy(() -> settings(Map.of("leak.default-timezone", "Mars/Olympus")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid leak.default-timezone 'Mars/Olympus'");
  }

  @Test
  void shouldRequireTheStateTtlBeyondTheQuietHorizon() {
    assertThatThrownBy(
            () -> settings(Map.of("leak.quiet-horizon", "10 d", "leak.state.ttl", "10 d")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("leak.state.ttl (PT240H) must exceed leak.quiet-horizon (PT240H)");
  }

  @Test
  void shouldKeepTheDeviceForItsOwnTtlThatMustOutliveTheQuietHorizon() {
    assertThat(settings(Map.of("leak.device-state-ttl", "60 d")).deviceStateTtl())
        .isEqualTo(Duration.ofDays(60));
    assertThatThrownBy(() -> settings(Map.of("leak.device-state-ttl", "7 d")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "leak.device-state-ttl (PT168H) must exceed leak.quiet-horizon (PT168H): a meter that"
                + " reports again after going quiet still needs its DeviceInfo");
  }

  @Test
  void shouldTravelToTheTaskManagers() throws Exception {
    LeakDetectionSettings settings = settings(Map.of("leak.tenant.acme.night-flow.nights", "2"));

    LeakDetectionSettings copy =
        InstantiationUtil.clone(settings, LeakDetectionSettingsTest.class.getClassLoader());

    assertThat(copy.rulesFor("acme").nightFlow().config().nights()).isEqualTo(2);
  }
}
