package io.meterflow.contracts.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlarmEpisodeTest {

  private static final Instant START = Instant.parse("2024-01-15T00:00:00Z");
  private static final AlarmSubject METER = AlarmSubject.meter("t", "m", "a");
  private final AlarmEpisode episode = new AlarmEpisode(0.2);

  private MeterAlarm raised() {
    return episode.raise(
        METER,
        AlarmType.CONTINUOUS_FLOW,
        START,
        START.plusSeconds(86_400),
        finding(AlarmSeverity.MINOR, 100.0),
        Map.of("standstillThresholdM3", "0.0005"));
  }

  private static AlarmFinding finding(AlarmSeverity severity, double leakedLitres) {
    return new AlarmFinding(severity, "leak", Map.of("estimatedLeakedLitres", leakedLitres));
  }

  @Test
  void shouldRaiseWithADeterministicIdAndSequenceZero() {
    MeterAlarm alarm = raised();
    assertThat(alarm.getStatus()).isEqualTo(AlarmStatus.RAISED);
    assertThat(alarm.getSequence()).isZero();
    assertThat(alarm.getAlarmId()).isEqualTo(raised().getAlarmId());
    assertThat(alarm.getEndTime()).isNull();
    assertThat(alarm.getParameters()).containsEntry("standstillThresholdM3", "0.0005");
  }

  @Test
  void shouldNotUpdateWhenTheEvidenceBarelyChanges() {
    assertThat(
            episode.update(raised(), START.plusSeconds(90_000), finding(AlarmSeverity.MINOR, 119)))
        .isEmpty();
  }

  @Test
  void shouldUpdateWhenTheEvidenceChangesMateriallyOrTheSeverityChanges() {
    MeterAlarm raised = raised();
    MeterAlarm grown =
        episode.update(raised, START.plusSeconds(90_000), finding(AlarmSeverity.MINOR, 120)).get();
    assertThat(grown.getStatus()).isEqualTo(AlarmStatus.UPDATED);
    assertThat(grown.getSequence()).isEqualTo(1);
    assertThat(grown.getAlarmId()).isEqualTo(raised.getAlarmId());
    assertThat(grown.getEvidence()).containsEntry("estimatedLeakedLitres", 120.0);

    assertThat(episode.update(grown, START.plusSeconds(93_600), finding(AlarmSeverity.MAJOR, 121)))
        .hasValueSatisfying(a -> assertThat(a.getSeverity()).isEqualTo(AlarmSeverity.MAJOR));
  }

  @Test
  void shouldClearOnceWithTheEndTime() {
    Instant end = START.plusSeconds(100_000);
    MeterAlarm cleared =
        episode.clear(raised(), end, end.plusSeconds(3600), finding(AlarmSeverity.MINOR, 130));
    assertThat(cleared.getStatus()).isEqualTo(AlarmStatus.CLEARED);
    assertThat(cleared.getEndTime()).isEqualTo(end);
    assertThat(cleared.getSequence()).isEqualTo(1);
    assertThatThrownBy(() -> episode.clear(cleared, end, end, finding(AlarmSeverity.MINOR, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is cleared");
  }
}
