package io.meterflow.leak.metercode;

import static io.meterflow.contracts.testing.ContractFixtures.BEGINNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.AlarmStatus;
import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.leak.testing.AlarmStep;
import io.meterflow.leak.testing.MeterHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeterCodeHarnessTest {

  private MeterHarness<MeterReading> meter;

  @BeforeEach
  void openMeter() throws Exception {
    meter = MeterHarness.meterCodes(Map.of()).device(ContractFixtures.waterMeter().build());
  }

  @AfterEach
  void closeMeter() throws Exception {
    meter.close();
  }

  private static Instant minutes(int minutes) {
    return BEGINNING.plus(Duration.ofMinutes(minutes));
  }

  private static MeterReading volume(int minutes, ReadingFlag... flags) {
    return ContractFixtures.waterIndex(minutes(minutes), 100 + minutes / 1000.0)
        .setFlags(List.of(flags))
        .build();
  }

  private static MeterReading event(int minutes, ReadingFlag... flags) {
    return ContractFixtures.reading(Register.METER_EVENT, minutes(minutes), 1)
        .setKind(ReadingKind.EVENT)
        .setFlags(List.of(flags))
        .build();
  }

  @Test
  void shouldRaiseOnceWhileTheMeterReportsLeakAndClearOnAReadingWithoutIt() throws Exception {
    meter
        .add(volume(0))
        .add(volume(15, ReadingFlag.LEAK))
        .add(volume(30, ReadingFlag.LEAK))
        .add(volume(45, ReadingFlag.LEAK))
        .add(volume(60))
        .watermark(minutes(60));

    assertThat(meter.alarms())
        .map(AlarmStep::of)
        .containsExactly(
            AlarmStep.raised(AlarmType.METER_CODE, AlarmSeverity.MAJOR, minutes(15), minutes(15)),
            AlarmStep.cleared(AlarmType.METER_CODE, AlarmSeverity.MAJOR, minutes(15), minutes(60)));
    assertThat(meter.alarms())
        .extracting(MeterAlarm::getEndTime)
        .containsExactly(null, minutes(60));
    assertThat(meter.alarms().get(0).getParameters())
        .containsExactlyInAnyOrderEntriesOf(Map.of("code", "LEAK", "register", "WATER_VOLUME"));
    assertThat(meter.alarms().get(0).getMessage())
        .isEqualTo("The meter reports LEAK on its WATER_VOLUME register");
    assertThat(meter.alarms().get(1).getEvidence())
        .containsExactlyEntriesOf(Map.of("hoursReported", 0.75));
    assertThat(meter.alarms().get(1).getAlarmId()).isEqualTo(meter.alarms().get(0).getAlarmId());
  }

  @Test
  void shouldKeepOneEpisodePerCode() throws Exception {
    meter
        .add(volume(0, ReadingFlag.LEAK))
        .add(volume(15, ReadingFlag.LEAK, ReadingFlag.BURST))
        .add(volume(30, ReadingFlag.BURST))
        .watermark(minutes(30));

    assertThat(meter.alarms())
        .extracting(
            a -> a.getParameters().get("code"),
            MeterAlarm::getStatus,
            MeterAlarm::getSeverity,
            MeterAlarm::getEventTime)
        .containsExactly(
            tuple("LEAK", AlarmStatus.RAISED, AlarmSeverity.MAJOR, minutes(0)),
            tuple("BURST", AlarmStatus.RAISED, AlarmSeverity.CRITICAL, minutes(15)),
            tuple("LEAK", AlarmStatus.CLEARED, AlarmSeverity.MAJOR, minutes(30)));
    assertThat(meter.alarms().get(0).getAlarmId()).isNotEqualTo(meter.alarms().get(1).getAlarmId());
  }

  @Test
  void shouldClearACodeOnlyByAReadingOfTheRegisterThatReportedIt() throws Exception {
    meter
        .add(event(0, ReadingFlag.TAMPER))
        .add(volume(15))
        .add(event(30, ReadingFlag.TAMPER))
        .add(volume(45))
        .add(event(60))
        .watermark(minutes(60));

    assertThat(meter.alarms())
        .extracting(MeterAlarm::getStatus, MeterAlarm::getEventTime)
        .containsExactly(
            tuple(AlarmStatus.RAISED, minutes(0)), tuple(AlarmStatus.CLEARED, minutes(60)));
  }

  @Test
  void shouldIgnoreEventCodesOfAMeterNotKnownAsAWaterMeter() throws Exception {
    MeterHarness<MeterReading> electricity =
        MeterHarness.meterCodes(Map.of()).device(ContractFixtures.electricityMeter().build());
    electricity.add(event(0, ReadingFlag.REVERSE)).watermark(minutes(0));

    assertThat(electricity.alarms()).isEmpty();
    electricity.close();
  }

  @Test
  void shouldActOnReadingsInEventTimeOrderWhateverTheirArrival() throws Exception {
    meter.add(volume(30)).add(volume(0, ReadingFlag.DRY)).watermark(minutes(30));

    assertThat(meter.alarms())
        .extracting(MeterAlarm::getStatus, MeterAlarm::getSeverity, MeterAlarm::getEventTime)
        .containsExactly(
            tuple(AlarmStatus.RAISED, AlarmSeverity.MINOR, minutes(0)),
            tuple(AlarmStatus.CLEARED, AlarmSeverity.MINOR, minutes(30)));
  }

  @Test
  void shouldIgnoreAReadingOlderThanWhatWasProcessed() throws Exception {
    meter.add(volume(0, ReadingFlag.LEAK)).add(volume(30)).watermark(minutes(30));

    meter.add(volume(15, ReadingFlag.LEAK)).watermark(minutes(45));

    assertThat(meter.alarms())
        .extracting(MeterAlarm::getStatus)
        .containsExactly(AlarmStatus.RAISED, AlarmStatus.CLEARED);
  }

  @Test
  void shouldPassThroughOnlyTheConfiguredCodesWithTheirSeverities() throws Exception {
    MeterHarness<MeterReading> configured =
        MeterHarness.meterCodes(Map.of("leak.meter-code.severities", "LEAK:CRITICAL"))
            .device(ContractFixtures.waterMeter().build());
    configured.add(volume(0, ReadingFlag.LEAK, ReadingFlag.DRY)).watermark(minutes(0));

    assertThat(configured.alarms())
        .extracting(a -> a.getParameters().get("code"), MeterAlarm::getSeverity)
        .containsExactly(tuple("LEAK", AlarmSeverity.CRITICAL));
    configured.close();
  }

  @Test
  void shouldClearWithNoDataAndDropRuleStateButKeepTheDeviceWhenTheMeterGoesQuiet()
      throws Exception {
    meter.add(volume(0, ReadingFlag.LEAK)).watermark(minutes(0));
    Instant quiet = minutes(0).plus(Duration.ofDays(7));

    meter.watermark(quiet);

    assertThat(meter.alarms())
        .extracting(MeterAlarm::getStatus, MeterAlarm::getEndTime, MeterAlarm::getEventTime)
        .containsExactly(
            tuple(AlarmStatus.RAISED, null, minutes(0)),
            tuple(AlarmStatus.CLEARED, minutes(0), quiet));
    assertThat(meter.ruleStateEntries()).isZero();
    assertThat(meter.metersWithDevice())
        .containsExactly(RecordKeys.meter(ContractFixtures.TENANT, ContractFixtures.METER));
    assertThat(meter.timers()).isZero();
  }
}
