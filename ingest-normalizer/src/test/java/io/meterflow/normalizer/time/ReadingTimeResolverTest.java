package io.meterflow.normalizer.time;

import static io.meterflow.normalizer.testing.ParsedReadingBuilder.parsed;
import static io.meterflow.normalizer.testing.ResolvedReadings.resolved;
import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.testing.NormalizerFixtures;
import io.meterflow.normalizer.testing.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadingTimeResolverTest {

  private static final DeviceInfo IN_LISBON =
      ContractFixtures.device(Commodity.ELECTRICITY).setTimezone("Europe/Lisbon").build();

  private final ReadingTimeResolver resolver =
      new ReadingTimeResolver(
          new TenantZones(ZoneOffset.UTC, Map.of("tenant-a", ZoneId.of("Europe/Madrid"))),
          Duration.ofHours(1));

  @Test
  void shouldTakeATimeWithAnOffsetAsGivenWhateverTheZones() throws RejectedInput {
    ResolvedTime time =
        resolver.resolve(
            resolved(parsed().at("2024-03-31T02:30:00+05:00").timezone("Europe/Madrid")),
            IN_LISBON);

    assertThat(time).isEqualTo(new ResolvedTime(Instant.parse("2024-03-30T21:30:00Z"), Set.of()));
  }

  @Test
  void shouldReadALocalTimeInTheZoneTheInputNamesFirst() throws RejectedInput {
    ResolvedTime time =
        resolver.resolve(
            resolved(parsed().at("2024-06-01T10:00:00").timezone("America/New_York")), IN_LISBON);

    assertThat(time).isEqualTo(new ResolvedTime(Instant.parse("2024-06-01T14:00:00Z"), Set.of()));
  }

  @Test
  void shouldReadALocalTimeInTheMetersZoneSecond() throws RejectedInput {
    ResolvedTime time = resolver.resolve(resolved(parsed().at("2024-06-01T10:00:00")), IN_LISBON);

    assertThat(time).isEqualTo(new ResolvedTime(Instant.parse("2024-06-01T09:00:00Z"), Set.of()));
  }

  @Test
  void shouldFallBackToTheTenantDefaultZoneAndSaySo() throws RejectedInput {
    DeviceInfo withoutZone =
        ContractFixtures.device(Commodity.ELECTRICITY).setTimezone(null).build();

    ResolvedTime tenantZone =
        resolver.resolve(resolved(parsed().at("2024-06-01T10:00:00")), withoutZone);
    ResolvedTime globalDefault =
        resolver.resolve(resolved(parsed().tenant("tenant-b").at("2024-06-01T10:00:00")), null);

    assertThat(tenantZone)
        .isEqualTo(
            new ResolvedTime(
                Instant.parse("2024-06-01T08:00:00Z"),
                Set.of(ReadingFlag.ZONE_FROM_TENANT_DEFAULT)));
    assertThat(globalDefault)
        .isEqualTo(
            new ResolvedTime(
                Instant.parse("2024-06-01T10:00:00Z"),
                Set.of(ReadingFlag.ZONE_FROM_TENANT_DEFAULT)));
  }

  @Test
  void shouldResolveTheMadridSpringForwardGapAndFallBackOverlapOfTheMetersZone()
      throws RejectedInput {
    DeviceInfo inMadrid = ContractFixtures.device(Commodity.WATER).build();

    assertThat(resolver.resolve(resolved(parsed().at("2024-03-31T02:30:00")), inMadrid))
        .isEqualTo(
            new ResolvedTime(
                Instant.parse("2024-03-31T01:30:00Z"), Set.of(ReadingFlag.DST_GAP_SHIFTED)));
    assertThat(resolver.resolve(resolved(parsed().at("2024-10-27T02:30:00")), inMadrid))
        .isEqualTo(
            new ResolvedTime(
                Instant.parse("2024-10-27T00:30:00Z"), Set.of(ReadingFlag.DST_OVERLAP_EARLIER)));
  }

  @Test
  void shouldRejectAZoneThatDoesNotExist() {
    DeviceInfo onMars =
        ContractFixtures.device(Commodity.WATER).setTimezone("Mars/Olympus").build();

    assertThat(
            Rejection.of(
                () -> resolver.resolve(resolved(parsed().at("2024-06-01T10:00:00")), onMars)))
        .isEqualTo(
            new Rejection(
                RejectReason.UNKNOWN_TIMEZONE,
                "Timezone 'Mars/Olympus' of the DeviceInfo of meter 'meter-1' is not a zone id"
                    + " such as Europe/Madrid or +01:00."));
    assertThat(
            Rejection.of(
                () ->
                    resolver.resolve(
                        resolved(parsed().at("2024-06-01T10:00:00").timezone("CEST")), null)))
        .isEqualTo(
            new Rejection(
                RejectReason.UNKNOWN_TIMEZONE,
                "Timezone 'CEST' named by the input is not a zone id such as Europe/Madrid or"
                    + " +01:00."));
  }

  @Test
  void shouldNotNeedTheZoneOfAMeterWhoseTimesHaveOffsets() throws RejectedInput {
    DeviceInfo onMars =
        ContractFixtures.device(Commodity.WATER).setTimezone("Mars/Olympus").build();

    assertThat(resolver.resolve(resolved(parsed().at("2024-06-01T10:00:00Z")), onMars))
        .isEqualTo(new ResolvedTime(Instant.parse("2024-06-01T10:00:00Z"), Set.of()));
  }

  @Test
  void shouldAcceptATimeUpToTheToleranceAfterTheIngestTime() throws RejectedInput {
    Instant latest = NormalizerFixtures.INGEST.plus(Duration.ofHours(1));

    assertThat(resolver.resolve(resolved(parsed().at(latest.toString())), null).instant())
        .isEqualTo(latest);
  }

  @Test
  void shouldRejectATimeFurtherInTheFuture() {
    String tooLate = NormalizerFixtures.INGEST.plus(Duration.ofMinutes(61)).toString();

    assertThat(Rejection.of(() -> resolver.resolve(resolved(parsed().at(tooLate)), null)))
        .isEqualTo(
            new Rejection(
                RejectReason.TIME_IN_FUTURE,
                "Reading time 2024-11-01T13:01:00Z is PT1H1M after the ingest time"
                    + " 2024-11-01T12:00:00Z, more than the PT1H tolerated."));
  }

  @Test
  void shouldRejectATimeBefore2000() throws RejectedInput {
    assertThat(resolver.resolve(resolved(parsed().at("2000-01-01T00:00:00Z")), null).instant())
        .isEqualTo(ReadingTimeResolver.EARLIEST);
    assertThat(
            Rejection.of(
                () -> resolver.resolve(resolved(parsed().at("1999-12-31T23:59:59.999Z")), null)))
        .isEqualTo(
            new Rejection(
                RejectReason.TIME_BEFORE_2000,
                "Reading time 1999-12-31T23:59:59.999Z is before 2000-01-01T00:00:00Z; the"
                    + " meter's clock is not set."));
  }
}
