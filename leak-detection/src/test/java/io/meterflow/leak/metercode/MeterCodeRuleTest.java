package io.meterflow.leak.metercode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.alarm.AlarmEpisode;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.leak.episode.RuleVerdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeterCodeRuleTest {

  private final MeterCodeRule rule =
      new MeterCodeRule(
          new MeterCodeConfig(
              true,
              Map.of(ReadingFlag.LEAK, AlarmSeverity.MAJOR, ReadingFlag.DRY, AlarmSeverity.MINOR)));

  private static MeterReading reading(Register register, int hours, ReadingFlag... flags) {
    return ContractFixtures.reading(
            register, ContractFixtures.BEGINNING.plus(Duration.ofHours(hours)), 1)
        .setFlags(List.of(flags))
        .build();
  }

  private MeterAlarm open(ReadingFlag code, MeterReading reading) {
    RuleVerdict.Holds holds =
        (RuleVerdict.Holds) rule.onReading(reading, Map.of()).get(0).verdict();
    return new AlarmEpisode(0.2)
        .raise(
            AlarmSubject.meter("t", "m", null),
            AlarmType.METER_CODE,
            holds.since(),
            holds.at(),
            holds.finding(),
            holds.parameters());
  }

  @Test
  void shouldReportEachConfiguredCodeNotYetOpen() {
    List<CodeVerdict> verdicts =
        rule.onReading(
            reading(
                Register.WATER_VOLUME, 0, ReadingFlag.DRY, ReadingFlag.LEAK, ReadingFlag.TAMPER),
            Map.of());

    assertThat(verdicts)
        .extracting(CodeVerdict::code)
        .containsExactly(ReadingFlag.LEAK, ReadingFlag.DRY);
  }

  @Test
  void shouldEndACodeOnAReadingOfItsRegisterWithoutIt() {
    MeterAlarm leak = open(ReadingFlag.LEAK, reading(Register.WATER_VOLUME, 0, ReadingFlag.LEAK));

    assertThat(
            rule.onReading(
                reading(Register.WATER_VOLUME, 1, ReadingFlag.LEAK),
                Map.of(ReadingFlag.LEAK, leak)))
        .isEmpty();
    assertThat(rule.onReading(reading(Register.WATER_FLOW, 2), Map.of(ReadingFlag.LEAK, leak)))
        .isEmpty();
    List<CodeVerdict> verdicts =
        rule.onReading(reading(Register.WATER_VOLUME, 3), Map.of(ReadingFlag.LEAK, leak));

    assertThat(verdicts)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.verdict()).isInstanceOf(RuleVerdict.Ended.class);
              assertThat(((RuleVerdict.Ended) v.verdict()).evidence())
                  .containsEntry("hoursReported", 3.0);
            });
  }

  @Test
  void shouldRefuseCodesThatAreNotWaterMeterInfoCodes() {
    assertThatThrownBy(
            () -> new MeterCodeConfig(true, Map.of(ReadingFlag.POWER_FAIL, AlarmSeverity.MAJOR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Meter codes must be among [LEAK, BURST, DRY, REVERSE, TAMPER], were [POWER_FAIL]");
  }
}
