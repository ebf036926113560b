package io.meterflow.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AlarmType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionScoreTest {

  private static final Instant T0 = Instant.parse("2024-10-24T06:00:00Z");
  private static final DetectionScore SCORE = new DetectionScore(Duration.ofHours(2));

  private static InjectedAlarm fault(AlarmType type, String meter, String area) {
    return new InjectedAlarm(type, "tenant-a", meter, area, T0, T0.plus(Duration.ofHours(6)));
  }

  private static DetectedAlarm alarm(
      String id, AlarmType type, String meter, String area, Instant start) {
    return new DetectedAlarm(id, type, "tenant-a", meter, area, start);
  }

  private static TypeScore of(List<TypeScore> scores, AlarmType type) {
    return scores.stream().filter(score -> score.type() == type).findFirst().orElseThrow();
  }

  @Test
  void shouldScoreEveryAlarmTypeInTheOrderOfTheSchema() {
    List<TypeScore> scores = SCORE.score(List.of(), List.of());

    assertThat(scores).extracting(TypeScore::type).containsExactly(AlarmType.values());
    assertThat(scores.get(0).line())
        .isEqualTo("DETECTION CONTINUOUS_FLOW injected=0 detected=0 precision=1.00 recall=1.00");
  }

  @Test
  void shouldMatchAnAlarmOfTheSameMeterThatStartsWithinTheFaultAndTolerance() {
    List<InjectedAlarm> injected =
        List.of(fault(AlarmType.BURST, "m1", "area-1"), fault(AlarmType.BURST, "m2", "area-1"));
    List<DetectedAlarm> detected =
        List.of(
            alarm("a1", AlarmType.BURST, "m1", "area-1", T0.plus(Duration.ofHours(7))),
            alarm("a2", AlarmType.BURST, "m2", "area-1", T0.plus(Duration.ofHours(9))),
            alarm("a3", AlarmType.BURST, "m3", "area-1", T0));

    TypeScore burst = of(SCORE.score(injected, detected), AlarmType.BURST);

    assertThat(burst).isEqualTo(new TypeScore(AlarmType.BURST, 2, 3, 1, 1));
    assertThat(burst.line())
        .isEqualTo("DETECTION BURST injected=2 detected=3 precision=0.33 recall=0.50");
  }

  @Test
  void shouldNotMatchAnAlarmOfAnotherTypeOrTenant() {
    List<InjectedAlarm> injected = List.of(fault(AlarmType.OUTAGE, "m1", "area-1"));
    List<DetectedAlarm> detected =
        List.of(
            alarm("a1", AlarmType.COMMUNICATION_LOSS, "m1", "area-1", T0),
            new DetectedAlarm("a2", AlarmType.OUTAGE, "tenant-b", "m1", "area-1", T0));

    List<TypeScore> scores = SCORE.score(injected, detected);

    assertThat(of(scores, AlarmType.OUTAGE)).isEqualTo(new TypeScore(AlarmType.OUTAGE, 1, 1, 0, 0));
    assertThat(of(scores, AlarmType.COMMUNICATION_LOSS))
        .isEqualTo(new TypeScore(AlarmType.COMMUNICATION_LOSS, 0, 1, 0, 0));
  }

  @Test
  void shouldMatchAreaOutagesByArea() {
    List<InjectedAlarm> injected = List.of(fault(AlarmType.AREA_OUTAGE, null, "area-7"));
    List<DetectedAlarm> detected =
        List.of(
            alarm("a1", AlarmType.AREA_OUTAGE, null, "area-7", T0.plus(Duration.ofMinutes(3))),
            alarm("a2", AlarmType.AREA_OUTAGE, null, "area-8", T0));

    TypeScore area = of(SCORE.score(injected, detected), AlarmType.AREA_OUTAGE);

    assertThat(area.line())
        .isEqualTo("DETECTION AREA_OUTAGE injected=1 detected=2 precision=0.50 recall=1.00");
  }

  @Test
  void shouldCountTwoEpisodesOfOneFaultAsTrueAndTheFaultOnce() {
    List<InjectedAlarm> injected = List.of(fault(AlarmType.NIGHT_FLOW, "m1", "area-1"));
    List<DetectedAlarm> detected =
        List.of(
            alarm("a1", AlarmType.NIGHT_FLOW, "m1", "area-1", T0.minus(Duration.ofHours(2))),
            alarm("a2", AlarmType.NIGHT_FLOW, "m1", "area-1", T0.plus(Duration.ofHours(8))));

    assertThat(of(SCORE.score(injected, detected), AlarmType.NIGHT_FLOW))
        .isEqualTo(new TypeScore(AlarmType.NIGHT_FLOW, 1, 2, 1, 2));
  }

  @Test
  void shouldReportZeroPrecisionAndRecallWhenNothingMatches() {
    TypeScore score = new TypeScore(AlarmType.BASELINE_DEVIATION, 3, 0, 0, 0);

    assertThat(score.line())
        .isEqualTo("DETECTION BASELINE_DEVIATION injected=3 detected=0 precision=1.00 recall=0.00");
  }
}
