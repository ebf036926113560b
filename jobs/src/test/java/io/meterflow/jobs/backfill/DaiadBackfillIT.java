package io.meterflow.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backfill of the real DAIAD smart water meter trial A (DAIAD trial data, CC-BY-SA 4.0):
 * 674,019 reads of 92 households in one zipped CSV, through all four topologies in BATCH mode.
 * Needs no services. Prints the backfill's summary, alarms by type included.
 */
class DaiadBackfillIT {

  private static final String ZIP = "swm_trialA.zip";
  private static final long DATA_ROWS = 674_019;
  private static final int METERS = 92;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path output;

  @Test
  void shouldAccountForEveryRowAndStateHourlyIntervalsForAll92Meters() throws Exception {
    Path zip = trialZip();
    assumeTrue(
        Files.isRegularFile(zip),
        "DAIAD trial data not found at "
            + zip
            + ": put shared/data/daiad-swm-trialA beside the checkout or set MF_DAIAD_DATA to"
            + " its folder");

    BackfillReport report =
        new BackfillCommand(System.out)
            .backfill(
                List.of(
                    "--input",
                    zip.toString(),
                    "--format",
                    "daiad-csv",
                    "--output-dir",
                    output.toString(),
                    "--timezone",
                    "Europe/Madrid",
                    "job.periodize.resolutions=PT1H"));
    report.print(System.out);

    assertThat(
            report.count(BackfillOutput.NORMALIZED) + report.count(BackfillJob.NORMALIZER_REJECTED))
        .isEqualTo(DATA_ROWS);
    assertThat(report.count(BackfillJob.INPUT_ROWS)).isEqualTo(DATA_ROWS + 1);
    assertThat(report.count(BackfillJob.HEADER_LINES)).isEqualTo(1);
    for (JsonNode reject : records(BackfillOutput.REJECTED)) {
      assertThat(reject.path("reason").asText()).as(reject.toString()).isNotEmpty();
      assertThat(reject.path("detail").asText()).as(reject.toString()).isNotEmpty();
    }
    assertThat(hourlyMeters()).hasSize(METERS);
  }

  private Set<String> hourlyMeters() throws IOException {
    Set<String> meters = new HashSet<>();
    for (Path file : files(BackfillOutput.INTERVALS)) {
      try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = lines.readLine()) != null) {
          JsonNode interval = JSON.readTree(line);
          if (interval.path("resolution").asText().equals("PT1H")) {
            meters.add(interval.path("meterId").asText());
          }
        }
      }
    }
    return meters;
  }

  private List<JsonNode> records(BackfillOutput output) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (Path file : files(output)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  private List<Path> files(BackfillOutput output) throws IOException {
    return JsonLineFiles.in(this.output.resolve(output.folder())).toList();
  }

  /** MF_DAIAD_DATA (the folder), else shared/data beside the checkout. */
  private static Path trialZip() {
    String configured = System.getenv("MF_DAIAD_DATA");
    if (configured != null) {
      return Path.of(configured).resolve(ZIP);
    }
    String root = System.getProperty("meterflow.repo.root", ".");
    return Path.of(root, "..", "shared", "data", "daiad-swm-trialA", ZIP).normalize();
  }
}
