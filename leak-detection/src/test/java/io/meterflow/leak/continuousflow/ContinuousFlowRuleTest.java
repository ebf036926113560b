package io.meterflow.leak.continuousflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.leak.episode.RuleVerdict;
import io.meterflow.leak.episode.SeverityScale;
import io.meterflow.leak.interval.FlowSample;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContinuousFlowRuleTest {

  private static final Instant START = Instant.parse("2024-01-15T00:00:00Z");
  private static final double FLOW = 0.25;

  /** A 3-hour window that may span 1 unknown hour. */
  private final ContinuousFlowRule rule =
      new ContinuousFlowRule(
          new ContinuousFlowConfig(true, 0.0005, 0.001, 3, 1), new SeverityScale(0.5, 1.0));

  private final ContinuousFlowState state = new ContinuousFlowState();

  private static FlowSample hour(int index, double m3, boolean measured, int version) {
    Instant start = START.plus(Duration.ofHours(index));
    return new FlowSample(start, start.plus(Duration.ofHours(1)), m3, measured, version);
  }

  private Optional<RuleVerdict> onHour(int index, double m3) {
    return rule.onHour(state, hour(index, m3, true, 1));
  }

  @Test
  void shouldHoldOnceTheWindowIsFullOfMeasuredFlow() {
    assertThat(onHour(0, FLOW)).isEmpty();
    assertThat(onHour(1, FLOW)).isEmpty();

    RuleVerdict verdict = onHour(2, FLOW).orElseThrow();

    assertThat(verdict).isInstanceOf(RuleVerdict.Holds.class);
    RuleVerdict.Holds holds = (RuleVerdict.Holds) verdict;
    assertThat(holds.since()).isEqualTo(START);
    assertThat(holds.at()).isEqualTo(START.plus(Duration.ofHours(3)));
    assertThat(holds.finding().evidence()).containsEntry("estimatedLeakedVolumeM3", 0.75);
  }

  @Test
  void shouldEndOnlyAnOpenEpisode() {
    assertThat(onHour(0, 0)).isEmpty();
    onHour(1, FLOW);
    onHour(2, FLOW);
    onHour(3, FLOW);

    RuleVerdict verdict = onHour(4, 0).orElseThrow();

    assertThat(verdict).isInstanceOf(RuleVerdict.Ended.class);
    assertThat(((RuleVerdict.Ended) verdict).endedAt()).isEqualTo(START.plus(Duration.ofHours(4)));
    assertThat(state.isOpen()).isFalse();
    assertThat(onHour(5, 0)).isEmpty();
  }

  @Test
  void shouldForgetHoursThatLeftTheWindowAfterAGapLongerThanIt() {
    onHour(0, FLOW);
    onHour(1, FLOW);

    assertThat(onHour(10, FLOW)).isEmpty();
    assertThat(state.window.holds(1)).isFalse();
    assertThat(Double.isNaN(state.window.volume(START.getEpochSecond() / 3600 + 9))).isTrue();
  }

  @Test
  void shouldRestateOnlyAHeldHourWithANewerVersion() {
    onHour(1, FLOW);
    onHour(2, FLOW);
    onHour(3, 0);
    assertThat(onHour(4, FLOW)).isEmpty();

    assertThat(rule.restate(state, hour(0, FLOW, true, 2))).isFalse();
    assertThat(rule.restate(state, hour(3, FLOW, true, 1))).isFalse();
    assertThat(rule.restate(state, hour(9, FLOW, true, 2))).isFalse();
    assertThat(rule.restate(state, hour(3, FLOW, true, 2))).isTrue();

    assertThat(onHour(5, FLOW))
        .hasValueSatisfying(
            verdict ->
                assertThat(((RuleVerdict.Holds) verdict).since())
                    .isEqualTo(START.plus(Duration.ofHours(3))));
  }

  @Test
  void shouldKeepTheNewestHoursWhenTheWindowIsResized() {
    HourlyWindow window = new HourlyWindow(4);
    for (long hour = 100; hour < 106; hour++) {
      window.advanceTo(hour, hour, 1);
    }

    window.resize(2);

    assertThat(window.volume(105)).isEqualTo(105.0);
    assertThat(window.volume(104)).isEqualTo(104.0);
    assertThat(window.holds(103)).isFalse();
    window.resize(3);
    assertThat(window.volume(105)).isEqualTo(105.0);
    assertThat(Double.isNaN(window.volume(103))).isTrue();
  }

  @Test
  void shouldRejectAnEmptyWindow() {
    assertThatThrownBy(() -> new ContinuousFlowConfig(true, 0.0005, 0.005, 0, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The continuous-flow window must be at least 1 hour, was 0");
  }
}
