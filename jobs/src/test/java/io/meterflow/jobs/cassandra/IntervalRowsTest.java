package io.meterflow.jobs.cassandra;

import static io.meterflow.contracts.testing.ContractFixtures.METER;
import static io.meterflow.contracts.testing.ContractFixtures.TENANT;
import static io.meterflow.contracts.testing.ContractFixtures.hourlyWater;
import static io.meterflow.contracts.testing.ContractFixtures.interval;
import static io.meterflow.jobs.cassandra.RowsTestSupport.assertBindsEveryMarker;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalFlag;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.Register;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntervalRowsTest {

  private static final Instant HOUR = Instant.parse("2024-01-15T07:00:00Z");

  @Test
  void shouldBindEveryIntervalFieldInColumnOrderWithNullsLeftUnset() {
    IntervalConsumption restated =
        hourlyWater(HOUR, 0.042)
            .setStartIndex(100.0)
            .setEndIndex(100.042)
            .setQuality(IntervalQuality.INTERPOLATED)
            .setFlags(List.of(IntervalFlag.GAP, IntervalFlag.CORRECTED))
            .setVersion(3)
            .build();

    assertThat(IntervalRows.BY_SERIES_DAY.binder().bind(restated))
        .containsExactly(
            TENANT,
            METER,
            "WATER_VOLUME",
            "PT1H",
            LocalDate.parse("2024-01-15"),
            HOUR,
            HOUR.plus(Duration.ofHours(1)),
            0.042,
            "M3",
            100.0,
            100.042,
            null,
            null,
            2,
            null,
            "INTERPOLATED",
            Set.of("GAP", "CORRECTED"),
            3,
            3L);
    assertBindsEveryMarker(IntervalRows.BY_SERIES_DAY, restated);
  }

  @Test
  void shouldWriteOnlyDailyIntervalsByTenantUnderTheMetersLocalDate() throws Exception {
    Instant madridMidnight =
        LocalDate.parse("2024-01-16").atStartOfDay(ZoneId.of("Europe/Madrid")).toInstant();
    IntervalConsumption daily =
        interval(Register.WATER_VOLUME, madridMidnight, Duration.ofDays(1), 0.31)
            .setResolution("P1D")
            .build();

    assertThat(IntervalRows.DAILY_BY_TENANT.binder().bind(daily))
        .containsExactly(
            TENANT,
            LocalDate.parse("2024-01-16"),
            METER,
            "WATER_VOLUME",
            madridMidnight,
            madridMidnight.plus(Duration.ofDays(1)),
            0.31,
            "M3",
            null,
            null,
            "MEASURED",
            Set.of(),
            1,
            1L);
    assertBindsEveryMarker(IntervalRows.DAILY_BY_TENANT, daily);
    assertThat(IntervalRows.DAILY_BY_TENANT.accepts().filter(daily)).isTrue();
    assertThat(IntervalRows.DAILY_BY_TENANT.accepts().filter(hourlyWater(HOUR, 1).build()))
        .isFalse();
  }

  @Test
  void shouldFindTheLocalDateFromHawaiiToNewZealandSummer() {
    for (String zone :
        List.of(
            "Pacific/Honolulu",
            "America/Sao_Paulo",
            "UTC",
            "Asia/Kolkata",
            "Australia/Sydney",
            "Pacific/Auckland")) {
      for (String date : List.of("2024-01-16", "2024-07-16")) {
        Instant midnight = LocalDate.parse(date).atStartOfDay(ZoneId.of(zone)).toInstant();

        assertThat(IntervalRows.localDay(midnight)).as(zone).isEqualTo(LocalDate.parse(date));
      }
    }
  }
}
