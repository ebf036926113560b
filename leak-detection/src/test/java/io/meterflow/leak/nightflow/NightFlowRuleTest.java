package io.meterflow.leak.nightflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.leak.episode.RuleVerdict;
import io.meterflow.leak.episode.SeverityScale;
import io.meterflow.leak.interval.FlowSample;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NightFlowRuleTest {

  private static final Instant MIDNIGHT = Instant.parse("2024-01-15T00:00:00Z");

  /** Nights 02:00-04:00 UTC, one flowing night raises. */
  private final NightFlowRule rule =
      new NightFlowRule(
          new NightFlowConfig(true, LocalTime.of(2, 0), LocalTime.of(4, 0), 0.001, 1),
          new SeverityScale(0.02, 0.2));

  private final NightFlowState state = new NightFlowState();

  private static FlowSample hour(int day, int hourOfDay, double m3, boolean measured) {
    Instant start = MIDNIGHT.plus(Duration.ofDays(day)).plus(Duration.ofHours(hourOfDay));
    return new FlowSample(start, start.plus(Duration.ofHours(1)), m3, measured, 1);
  }

  @Test
  void shouldCallANightFlowingOnlyOnceMeasuredHoursCoverIt() {
    assertThat(rule.onHour(state, hour(0, 2, 0.002, true), ZoneOffset.UTC)).isEmpty();

    assertThat(rule.onHour(state, hour(0, 3, 0.004, true), ZoneOffset.UTC))
        .hasValueSatisfying(
            verdict ->
                assertThat(((RuleVerdict.Holds) verdict).finding().evidence())
                    .containsEntry("minimumFlowM3PerH", 0.002)
                    .containsEntry("estimatedLeakedVolumeM3", 0.048));
  }

  @Test
  void shouldNotJudgeANightWithAMissingHour() {
    rule.onHour(state, hour(0, 2, 0.002, true), ZoneOffset.UTC);

    assertThat(rule.onHour(state, hour(0, 5, 0.002, true), ZoneOffset.UTC)).isEmpty();
    assertThat(rule.onHour(state, hour(1, 2, 0.002, true), ZoneOffset.UTC)).isEmpty();
    assertThat(state.flowingNights).isZero();
  }

  @Test
  void shouldJudgeANightQuietAtItsFirstQuietHourAndIgnoreTheRest() {
    rule.onHour(state, hour(0, 2, 0.002, true), ZoneOffset.UTC);
    rule.onHour(state, hour(0, 3, 0.002, true), ZoneOffset.UTC);

    assertThat(rule.onHour(state, hour(1, 2, 0.0, true), ZoneOffset.UTC))
        .hasValueSatisfying(verdict -> assertThat(verdict).isInstanceOf(RuleVerdict.Ended.class));
    assertThat(rule.onHour(state, hour(1, 3, 0.002, true), ZoneOffset.UTC)).isEmpty();
    assertThat(state.open).isFalse();
  }

  @Test
  void shouldLetAnUnknownHourNeitherFlowNorQuietANight() {
    assertThat(rule.onHour(state, hour(0, 2, 0.0, false), ZoneOffset.UTC)).isEmpty();
    assertThat(rule.onHour(state, hour(0, 3, 0.002, true), ZoneOffset.UTC)).isEmpty();
    assertThat(state.nightJudged).isFalse();
  }
}
