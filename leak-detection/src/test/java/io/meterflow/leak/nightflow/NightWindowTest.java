package io.meterflow.leak.nightflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NightWindowTest {

  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
  private static final LocalTime TWO = LocalTime.of(2, 0);
  private static final LocalTime FOUR = LocalTime.of(4, 0);

  private static Duration length(String date) {
    NightWindow night = NightWindow.of(LocalDate.parse(date), TWO, FOUR, MADRID);
    return Duration.between(night.start(), night.end());
  }

  @Test
  void shouldLastTwoHoursOnAnOrdinaryNight() {
    assertThat(NightWindow.of(LocalDate.parse("2024-01-15"), TWO, FOUR, MADRID))
        .isEqualTo(
            new NightWindow(
                Instant.parse("2024-01-15T01:00:00Z"), Instant.parse("2024-01-15T03:00:00Z")));
    assertThat(length("2024-07-15")).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void shouldLastOneHourOnTheSpringForwardNightAndThreeOnTheAutumnNight() {
    assertThat(length("2024-03-31")).isEqualTo(Duration.ofHours(1));
    assertThat(length("2024-10-27")).isEqualTo(Duration.ofHours(3));
    assertThat(NightWindow.of(LocalDate.parse("2024-10-27"), TWO, FOUR, MADRID).start())
        .isEqualTo(Instant.parse("2024-10-27T00:00:00Z"));
  }

  @Test
  void shouldFindTheNightASpanOverlapsAndMeasureTheOverlap() {
    Instant start = Instant.parse("2024-01-15T00:30:00Z");
    Instant end = Instant.parse("2024-01-15T01:30:00Z");

    NightWindow night = NightWindow.overlapping(start, end, TWO, FOUR, MADRID).orElseThrow();

    assertThat(night.start()).isEqualTo(Instant.parse("2024-01-15T01:00:00Z"));
    assertThat(night.overlapMillis(start, end)).isEqualTo(Duration.ofMinutes(30).toMillis());
    assertThat(
            NightWindow.overlapping(
                Instant.parse("2024-01-15T03:00:00Z"),
                Instant.parse("2024-01-15T04:00:00Z"),
                TWO,
                FOUR,
                MADRID))
        .isEmpty();
  }

  @Test
  void shouldFindAWindowStartingAtMidnightFromTheHourBefore() {
    LocalTime midnight = LocalTime.MIDNIGHT;
    assertThat(
            NightWindow.overlapping(
                Instant.parse("2024-01-14T22:30:00Z"),
                Instant.parse("2024-01-14T23:30:00Z"),
                midnight,
                FOUR,
                MADRID))
        .hasValueSatisfying(
            night -> assertThat(night.start()).isEqualTo(Instant.parse("2024-01-14T23:00:00Z")));
  }
}
