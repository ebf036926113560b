package io.meterflow.normalizer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.SourceFormat;
import io.meterflow.contracts.ids.StableIds;
import io.meterflow.normalizer.NormalizerSettings;
import io.meterflow.normalizer.mapping.RegisterResolution;
import io.meterflow.normalizer.mapping.ResolvedReading;
import io.meterflow.normalizer.mapping.StatusCodes;
import io.meterflow.normalizer.parse.PayloadParsing;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.testing.FakeHeadEndDecoder;
import io.meterflow.normalizer.time.ReadingTimeResolver;
import io.meterflow.normalizer.time.ResolvedTime;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Streams the real DAIAD smart water meter trial (DAIAD trial data, CC-BY-SA 4.0) through the
 * normalizer's CSV parsing, register resolution and time resolution, as the backfill does, and
 * accounts for every one of its 674,019 data rows. The Flink run of the same file is the backfill's
 * test in jobs/.
 */
class DaiadTrialTest {

  private static final String DATA = "shared/data/daiad-swm-trialA";
  private static final String ZIP = "swm_trialA.zip";
  private static final long DATA_ROWS = 674_019;
  private static final Instant INGEST = Instant.parse("2026-01-01T00:00:00Z");

  private final NormalizerSettings settings = NormalizerSettings.defaults();
  private final PayloadParsing parsing = settings.payloadParsing(new FakeHeadEndDecoder());
  private final RegisterResolution registers = settings.registerResolution();
  private final ReadingTimeResolver times = settings.readingTimeResolver();

  private long headerLines;
  private long normalized;
  private final Map<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);
  private final Map<ReadingFlag, Long> flagged = new EnumMap<>(ReadingFlag.class);
  private final Set<String> meters = new HashSet<>();
  private MeterReading first;
  private MeterReading last;

  @Test
  void shouldAccountForEveryDataRowOfTheTrial() throws IOException {
    Optional<Path> zip = trialZip();
    assumeTrue(
        zip.isPresent(),
        "DAIAD trial data not found: put "
            + ZIP
            + " in ../"
            + DATA
            + " beside the checkout, or set MF_DAIAD_DATA to its folder or file");

    try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip.get()))) {
      ZipEntry entry = entries.getNextEntry();
      while (entry != null && !entry.getName().endsWith(".csv")) {
        entry = entries.getNextEntry();
      }
      assertThat(entry).as("a CSV file in %s", zip.get()).isNotNull();
      BufferedReader rows =
          new BufferedReader(new InputStreamReader(entries, StandardCharsets.UTF_8));
      long line = 0;
      for (String row = rows.readLine(); row != null; row = rows.readLine()) {
        line++;
        normalize(RawPayload.csvRow("daiad-csv", entry.getName(), line, row, INGEST));
      }
    }

    assertThat(headerLines).isEqualTo(1);
    assertThat(normalized + rejected.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(DATA_ROWS);
    // The five indexes R wrote in scientific notation (4e+05, 2e+05, 6e+05) are exact: no rejects.
    assertThat(rejected).isEmpty();
    assertThat(normalized).isEqualTo(DATA_ROWS);
    assertThat(meters).hasSize(92);
    // Reads inside the 2016-10-30 02:00-03:00 overlap in Madrid; none fall in a spring gap.
    assertThat(flagged).isEqualTo(Map.of(ReadingFlag.DST_OVERLAP_EARLIER, 178L));
    assertThat(first)
        .isEqualTo(
            waterIndex("1f8730a9-5d67-4895-9215-6e247087ea00", "2016-02-29T23:28:55Z", 68.321));
    assertThat(last)
        .isEqualTo(
            waterIndex("890930db-249c-42b9-9210-573520bbaf35", "2017-02-28T21:08:06Z", 284.411));
  }

  private void normalize(RawPayload row) throws IOException {
    try {
      Optional<ParsedReading> parsed = parsing.parse(row);
      if (parsed.isEmpty()) {
        headerLines++;
        return;
      }
      ResolvedReading resolved =
          registers.resolve(
              parsed.get(), null, StatusCodes.map(parsed.get().statusCodes()).flags());
      ResolvedTime time = times.resolve(resolved, null);
      MeterReading reading = resolved.at(time.instant(), time.flags());
      normalized++;
      reading.getFlags().forEach(flag -> flagged.merge(flag, 1L, Long::sum));
      meters.add(reading.getMeterId());
      if (first == null) {
        first = reading;
      }
      last = reading;
    } catch (RejectedInput e) {
      rejected.merge(e.reason(), 1L, Long::sum);
    }
  }

  private static MeterReading waterIndex(String meterId, String utc, double cubicMetres) {
    Instant time = Instant.parse(utc);
    return MeterReading.newBuilder()
        .setReadingId(StableIds.readingId("daiad", meterId, Register.WATER_VOLUME, time))
        .setTenant("daiad")
        .setMeterId(meterId)
        .setRegister(Register.WATER_VOLUME)
        .setKind(ReadingKind.CUMULATIVE)
        .setValue(cubicMetres)
        .setUnit(CanonicalUnit.M3)
        .setReadingTime(time)
        .setReceivedTime(INGEST)
        .setSourceSystem("swm_trialA.csv")
        .setSourceFormat(SourceFormat.CSV_FILE)
        .setFlags(List.of())
        .build();
  }

  /** MF_DAIAD_DATA (the folder or the zip), else ../shared/data/... beside the checkout. */
  private static Optional<Path> trialZip() {
    String configured = System.getenv("MF_DAIAD_DATA");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      Path zip = Files.isDirectory(path) ? path.resolve(ZIP) : path;
      return Files.isRegularFile(zip) ? Optional.of(zip) : Optional.empty();
    }
    for (Path folder = Path.of("").toAbsolutePath();
        folder.getParent() != null;
        folder = folder.getParent()) {
      Path zip = folder.resolveSibling(DATA).resolve(ZIP);
      if (Files.isRegularFile(zip)) {
        return Optional.of(zip);
      }
    }
    return Optional.empty();
  }
}
