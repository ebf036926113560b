package io.meterflow.jobs.cassandra;

import static io.meterflow.contracts.testing.ContractFixtures.AREA;
import static io.meterflow.contracts.testing.ContractFixtures.TENANT;
import static io.meterflow.jobs.cassandra.RowsTestSupport.assertBindsEveryMarker;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.AggregateScope;
import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.ConsumptionAggregate;
import io.meterflow.contracts.Register;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AggregateRowsTest {

  private static final Instant HOUR = Instant.parse("2024-01-15T23:00:00Z");

  private static ConsumptionAggregate.Builder aggregate(AggregateScope scope, String areaId) {
    return ConsumptionAggregate.newBuilder()
        .setTenant(TENANT)
        .setScope(scope)
        .setAreaId(areaId)
        .setRegister(Register.WATER_VOLUME)
        .setPeriodStart(HOUR)
        .setPeriodEnd(HOUR.plusSeconds(3600))
        .setConsumption(12.5)
        .setUnit(CanonicalUnit.M3)
        .setMeterCount(40)
        .setEstimatedMeterCount(3)
        .setVersion(2);
  }

  @Test
  void shouldBindAnAreaHourInColumnOrder() {
    ConsumptionAggregate areaHour = aggregate(AggregateScope.AREA_HOUR, AREA).build();

    assertThat(AggregateRows.AREA_HOUR.binder().bind(areaHour))
        .containsExactly(
            TENANT,
            AREA,
            LocalDate.parse("2024-01-15"),
            HOUR,
            "WATER_VOLUME",
            HOUR.plusSeconds(3600),
            12.5,
            "M3",
            40,
            3,
            2,
            2L);
    assertBindsEveryMarker(AggregateRows.AREA_HOUR, areaHour);
  }

  @Test
  void shouldLeaveTenantDaysOutOfTheAreaTable() throws Exception {
    assertThat(
            AggregateRows.AREA_HOUR
                .accepts()
                .filter(aggregate(AggregateScope.AREA_HOUR, AREA).build()))
        .isTrue();
    assertThat(
            AggregateRows.AREA_HOUR
                .accepts()
                .filter(aggregate(AggregateScope.TENANT_DAY, null).build()))
        .isFalse();
  }
}
