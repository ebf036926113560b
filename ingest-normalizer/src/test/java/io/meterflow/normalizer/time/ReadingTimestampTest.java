package io.meterflow.normalizer.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadingTimestampTest {

  private static final LocalDateTime HALF_PAST_TWO = LocalDateTime.of(2024, 3, 31, 2, 30);

  @Test
  void shouldKeepTheOffsetTheSenderGave() {
    ReadingTimestamp timestamp = ReadingTimestamp.parseIso("2024-03-31T02:30:00+02:00");

    assertThat(timestamp).isEqualTo(ReadingTimestamp.of(HALF_PAST_TWO, 7200));
    assertThat(timestamp.instant()).isEqualTo(Instant.parse("2024-03-31T00:30:00Z"));
  }

  @Test
  void shouldReadZAsUtc() {
    assertThat(ReadingTimestamp.parseIso("2024-03-31T02:30Z"))
        .isEqualTo(ReadingTimestamp.of(HALF_PAST_TWO, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-31T02:30:00", "2024-03-31 02:30:00", "2024-03-31t02:30"})
  void shouldReadATimeWithoutOffsetAsLocal(String text) {
    ReadingTimestamp timestamp = ReadingTimestamp.parseIso(text);

    assertThat(timestamp).isEqualTo(ReadingTimestamp.of(HALF_PAST_TWO, null));
    assertThat(timestamp.hasOffset()).isFalse();
  }

  @Test
  void shouldKeepMillisecondsAndCutWhatIsFiner() {
    assertThat(ReadingTimestamp.parseIso("2024-03-31T02:30:00.123456Z").instant())
        .isEqualTo(Instant.parse("2024-03-31T02:30:00.123Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-30T10:00:00",
        "2024-03-31",
        "2024-03-31T25:00:00",
        "2024-03-31T02:30:00+0200",
        "31/03/2024 02:30",
        "2024-03-31T02:30:00[Europe/Madrid]",
        "+999999999-12-31T23:59:59",
        ""
      })
  void shouldRefuseWhatIsNotAnIsoDateTime(String text) {
    assertThatThrownBy(() -> ReadingTimestamp.parseIso(text)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void shouldReadAUserPatternStrictlyWithTheFamiliarYearLetter() {
    assertThat(
            ReadingTimestamp.parse(
                "31/03/2024 02:30:00", ReadingTimestamp.strictPattern("dd/MM/yyyy HH:mm:ss")))
        .isEqualTo(ReadingTimestamp.of(HALF_PAST_TWO, null));
    assertThat(
            ReadingTimestamp.parse(
                "31.03.2024 02:30 +01:00", ReadingTimestamp.strictPattern("dd.MM.uuuu HH:mm XXX")))
        .isEqualTo(ReadingTimestamp.of(HALF_PAST_TWO, 3600));
    assertThatThrownBy(
            () ->
                ReadingTimestamp.parse(
                    "31/02/2024 02:30:00", ReadingTimestamp.strictPattern("dd/MM/yyyy HH:mm:ss")))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void shouldNotTurnALocalTimeIntoAnInstantWithoutAZone() {
    ReadingTimestamp local = ReadingTimestamp.of(HALF_PAST_TWO, null);

    assertThatThrownBy(local::instant)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A local timestamp needs a zone to become an instant");
  }
}
