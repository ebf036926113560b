package io.meterflow.normalizer.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.ReadingFlag;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

  @Test
  void shouldShiftATimeInTheSpringForwardGapByTheGapLength() {
    ResolvedTime time = LocalTimes.resolve(LocalDateTime.of(2024, 3, 31, 2, 30), MADRID, Set.of());

    // 02:30 does not exist in Madrid that night: 02:00 CET jumped to 03:00 CEST. 03:30+02:00.
    assertThat(time)
        .isEqualTo(
            new ResolvedTime(
                Instant.parse("2024-03-31T01:30:00Z"), Set.of(ReadingFlag.DST_GAP_SHIFTED)));
  }

  @Test
  void shouldTakeTheEarlierInstantOfATimeInTheFallBackOverlap() {
    ResolvedTime time = LocalTimes.resolve(LocalDateTime.of(2024, 10, 27, 2, 30), MADRID, Set.of());

    // 02:30 happened twice: at +02:00 (00:30Z) and, after 03:00 CEST fell back, at +01:00 (01:30Z).
    assertThat(time)
        .isEqualTo(
            new ResolvedTime(
                Instant.parse("2024-10-27T00:30:00Z"), Set.of(ReadingFlag.DST_OVERLAP_EARLIER)));
  }

  @Test
  void shouldPlaceAnOrdinaryLocalTimeWithoutAFlag() {
    assertThat(LocalTimes.resolve(LocalDateTime.of(2024, 3, 31, 3, 0), MADRID, Set.of()))
        .isEqualTo(new ResolvedTime(Instant.parse("2024-03-31T01:00:00Z"), Set.of()));
    assertThat(LocalTimes.resolve(LocalDateTime.of(2024, 10, 27, 3, 0), MADRID, Set.of()))
        .isEqualTo(new ResolvedTime(Instant.parse("2024-10-27T02:00:00Z"), Set.of()));
  }

  @Test
  void shouldKeepTheFlagsItIsGiven() {
    ResolvedTime time =
        LocalTimes.resolve(
            LocalDateTime.of(2024, 3, 31, 2, 0),
            MADRID,
            Set.of(ReadingFlag.ZONE_FROM_TENANT_DEFAULT));

    assertThat(time)
        .isEqualTo(
            new ResolvedTime(
                Instant.parse("2024-03-31T01:00:00Z"),
                Set.of(ReadingFlag.ZONE_FROM_TENANT_DEFAULT, ReadingFlag.DST_GAP_SHIFTED)));
  }
}
