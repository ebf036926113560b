package io.meterflow.leak.burst;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.leak.episode.RuleVerdict;
import io.meterflow.leak.episode.SeverityScale;
import io.meterflow.leak.interval.FlowSample;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BurstRuleTest {

  private static final Instant START = Instant.parse("2024-01-15T10:00:00Z");

  private static final SeverityScale SEVERITY = new SeverityScale(0.02, 0.2);

  private final BurstRule rule =
      new BurstRule(new BurstConfig(true, 0.1, 0.25, Duration.ofMinutes(30), 2), SEVERITY);
  private final BurstState state = new BurstState();

  private static FlowSample sample(int startMinute, int minutes, double m3PerH) {
    Instant start = START.plus(Duration.ofMinutes(startMinute));
    return new FlowSample(
        start, start.plus(Duration.ofMinutes(minutes)), m3PerH * minutes / 60.0, true, 1);
  }

  @Test
  void shouldTakeTenPercentOfAPlausibleQ3AndTheDefaultOtherwise() {
    BurstConfig config = new BurstConfig(true, 0.1, 0.3, Duration.ofMinutes(30), 2);

    assertThat(config.thresholdM3PerH(4.0)).isEqualTo(0.1 * 4.0);
    assertThat(config.thresholdM3PerH(null)).isEqualTo(0.3);
    assertThat(config.thresholdM3PerH(0.0)).isEqualTo(0.3);
    assertThat(config.thresholdM3PerH(Double.NaN)).isEqualTo(0.3);
  }

  @Test
  void shouldNotRaiseOnAFlowExactlyAtTheThreshold() {
    assertThat(rule.onInterval(state, sample(0, 15, 0.25), 2.5)).isEmpty();
    assertThat(rule.onInterval(state, sample(15, 15, 0.25), 2.5)).isEmpty();
    assertThat(state.hasRun()).isFalse();
  }

  @Test
  void shouldStartOverWhenTheResolutionChanges() {
    BurstRule oneInterval =
        new BurstRule(new BurstConfig(true, 0.1, 0.25, Duration.ofMinutes(30), 1), SEVERITY);
    assertThat(oneInterval.onInterval(state, sample(0, 15, 1.0), 2.5)).isEmpty();

    assertThat(oneInterval.onInterval(state, sample(15, 60, 1.0), 2.5))
        .hasValueSatisfying(
            verdict ->
                assertThat(((RuleVerdict.Holds) verdict).since())
                    .isEqualTo(START.plus(Duration.ofMinutes(15))));
  }

  @Test
  void shouldNeedTwoIntervalsEvenWhenOneLastsLongEnough() {
    assertThat(rule.onInterval(state, sample(0, 60, 1.0), null)).isEmpty();
    assertThat(rule.onInterval(state, sample(60, 60, 1.0), null))
        .hasValueSatisfying(
            verdict ->
                assertThat(((RuleVerdict.Holds) verdict).finding().evidence())
                    .containsEntry("durationMinutes", 120.0));
  }

  @Test
  void shouldStartOverAfterAGap() {
    rule.onInterval(state, sample(0, 15, 1.0), 2.5);

    assertThat(rule.onInterval(state, sample(30, 15, 1.0), 2.5)).isEmpty();
    assertThat(rule.onInterval(state, sample(45, 15, 1.0), 2.5)).isPresent();
  }

  @Test
  void shouldKeepAnOpenEpisodeAcrossAGap() {
    rule.onInterval(state, sample(0, 15, 1.0), 2.5);
    rule.onInterval(state, sample(15, 15, 1.0), 2.5);

    RuleVerdict verdict = rule.onInterval(state, sample(60, 15, 0.5), 2.5).orElseThrow();

    assertThat(((RuleVerdict.Holds) verdict).since()).isEqualTo(START);
    assertThat(((RuleVerdict.Holds) verdict).finding().evidence())
        .containsEntry("minimumFlowM3PerH", 0.5)
        .containsEntry("durationMinutes", 75.0);
  }
}
