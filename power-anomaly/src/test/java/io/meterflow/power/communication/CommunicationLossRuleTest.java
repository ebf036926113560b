package io.meterflow.power.communication;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.power.config.PowerAnomalySettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommunicationLossRuleTest {

  private static final long MINUTE = Duration.ofMinutes(1).toMillis();

  private final CommunicationLossRule rule =
      new CommunicationLossRule(PowerAnomalySettings.defaults().communicationLoss());

  @Test
  void shouldLearnTheCadenceAsTheMeanOfTheFirstGaps() {
    CadenceEstimate cadence = readings(0, 10, 20, 40, 50);

    assertThat(cadence.gaps()).isEqualTo(4);
    assertThat(cadence.meanGapMillis()).isEqualTo(12.5 * MINUTE);
    assertThat(cadence.lastReading()).isEqualTo(50 * MINUTE);
  }

  @Test
  void shouldTakeReadingsAtOneTimeOrEarlierAsNoNewContact() {
    CadenceEstimate cadence = readings(0, 10, 10, 5);

    assertThat(cadence.gaps()).isEqualTo(1);
    assertThat(cadence.lastReading()).isEqualTo(10 * MINUTE);
  }

  @Test
  void shouldClipALongGapToThreeCadencesOnceWarm() {
    CadenceEstimate warm = readings(0, 10, 20, 30, 40);

    CadenceEstimate afterSilence = rule.observe(warm, warm.lastReading() + 600 * MINUTE);

    // Weight max(0.1, 1/5) on a gap clipped to 30 minutes.
    assertThat(afterSilence.meanGapMillis()).isEqualTo(14 * MINUTE);
  }

  @Test
  void shouldJudgeTheSilenceOnlyOnceTheCadenceIsKnown() {
    assertThat(rule.deadline(readings(0, 10, 20, 30))).isNull();
    assertThat(rule.deadline(readings(0, 10, 20, 30, 40))).isEqualTo((40 + 360) * MINUTE);
  }

  @Test
  void shouldWaitForThreeCadencesWhenThatIsLongerThanTheMinimum() {
    CadenceEstimate hourly = readings(0, 180, 360, 540, 720);

    assertThat(rule.threshold(hourly)).isEqualTo(Duration.ofHours(9));
    assertThat(rule.deadline(rule.silenceMet(hourly))).isNull();
  }

  private CadenceEstimate readings(long... minutes) {
    CadenceEstimate cadence = null;
    for (long minute : minutes) {
      cadence = rule.observe(cadence, minute * MINUTE);
    }
    return cadence;
  }
}
