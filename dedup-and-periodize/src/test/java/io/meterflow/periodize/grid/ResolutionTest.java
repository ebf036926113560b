package io.meterflow.periodize.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ResolutionTest {

  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

  @Test
  void shouldAlignQuarterHoursAndHoursToUtc() {
    IntervalGrid quarter = Resolution.parse("PT15M").grid(MADRID);
    long t = Instant.parse("2024-01-15T10:07:00Z").toEpochMilli();

    assertThat(quarter.startOf(t)).isEqualTo(Instant.parse("2024-01-15T10:00:00Z").toEpochMilli());
    assertThat(quarter.endOf(quarter.startOf(t)))
        .isEqualTo(Instant.parse("2024-01-15T10:15:00Z").toEpochMilli());
    assertThat(Resolution.parse("PT1H").isHour()).isTrue();
  }

  @Test
  void shouldMakeLocalDaysOf23And25HoursAcrossMadridDstChanges() {
    IntervalGrid days = Resolution.parse("P1D").grid(MADRID);
    long spring = days.startOf(Instant.parse("2024-03-31T12:00:00Z").toEpochMilli());
    long autumn = days.startOf(Instant.parse("2024-10-27T12:00:00Z").toEpochMilli());

    assertThat(Instant.ofEpochMilli(spring)).isEqualTo(Instant.parse("2024-03-30T23:00:00Z"));
    assertThat(Instant.ofEpochMilli(days.endOf(spring)))
        .isEqualTo(Instant.parse("2024-03-31T22:00:00Z"));
    assertThat(days.isIrregular(spring, days.endOf(spring))).isTrue();
    assertThat(Instant.ofEpochMilli(days.endOf(autumn)))
        .isEqualTo(Instant.parse("2024-10-27T23:00:00Z"));
    assertThat(days.endOf(autumn) - autumn).isEqualTo(25 * 3_600_000L);
  }

  @Test
  void shouldRejectADurationThatDoesNotDivideADay() {
    assertThatThrownBy(() -> Resolution.parse("PT7M"))
        .hasMessageContaining("periodize.resolutions")
        .hasMessageContaining("PT7M");
    assertThatThrownBy(() -> Resolution.parse("weekly")).hasMessageContaining("weekly");
  }
}
