package io.meterflow.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.jobs.cli.CommandRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackfillCommandTest {

  private static final String HEADER = "user key;datetime;meter reading;diff";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void shouldNormalizeTheGoodRowsAndRejectTheBadOneWithItsReason() throws Exception {
    Path csv =
        write(
            "trial.csv",
            HEADER,
            "m-1;01/03/2016 00:00:00;1000;0",
            "m-1;01/03/2016 01:00:00;1010;10",
            "m-1;01/03/2016 02:00:00;oops;0",
            "m-1;01/03/2016 03:00:00;1030;20",
            "m-2;01/03/2016 00:30:00;500;0");

    BackfillReport report = backfill(csv, "daiad-csv");

    assertThat(report.count(BackfillJob.INPUT_ROWS)).isEqualTo(6);
    assertThat(report.count(BackfillJob.HEADER_LINES)).isEqualTo(1);
    assertThat(report.count(BackfillOutput.NORMALIZED)).isEqualTo(4);
    assertThat(report.count(BackfillOutput.REJECTED)).isEqualTo(1);
    assertThat(report.count(BackfillJob.ACCEPTED)).isEqualTo(4);
    assertThat(report.duplicates()).isZero();
    assertThat(lines(BackfillOutput.NORMALIZED)).hasSize(4);
    JsonNode reject = lines(BackfillOutput.REJECTED).get(0);
    assertThat(reject.get("reason").asText()).isEqualTo("INVALID_FIELD");
    assertThat(reject.get("detail").asText())
        .isEqualTo(
            "Field 'value (column 2)' has the invalid value 'oops': not a number with decimal"
                + " separator '.'.");
    assertThat(reject.get("sourceLocation").asText()).isEqualTo(csv + ":4");
    assertThat(reject.get("originalText").asText()).isEqualTo("m-1;01/03/2016 02:00:00;oops;0");
  }

  @Test
  void shouldReadEveryCsvEntryOfAZipWithItsOwnHeader() throws Exception {
    Path zip = dir.resolve("trial.zip");
    try (ZipOutputStream entries = new ZipOutputStream(Files.newOutputStream(zip))) {
      entry(entries, "a.csv", HEADER, "m-1;01/03/2016 00:00:00;1000;0");
      entry(entries, "b.csv", HEADER, "m-2;01/03/2016 00:00:00;7;0", "m-2;01/03/2016 00:00:00;7;0");
    }

    BackfillReport report = backfill(zip, "daiad-csv");

    assertThat(report.count(BackfillJob.INPUT_ROWS)).isEqualTo(5);
    assertThat(report.count(BackfillJob.HEADER_LINES)).isEqualTo(2);
    assertThat(report.count(BackfillOutput.NORMALIZED)).isEqualTo(3);
    assertThat(report.count(BackfillOutput.REJECTED)).isZero();
    assertThat(report.count(BackfillJob.ACCEPTED)).isEqualTo(2);
    assertThat(report.duplicates()).isEqualTo(1);
    assertThat(lines(BackfillOutput.NORMALIZED))
        .extracting(reading -> reading.get("meterId").asText())
        .containsExactlyInAnyOrder("m-1", "m-2", "m-2");
  }

  @Test
  void shouldNormalizeHeadEndReadingsOfAnAvroContainerFile() throws Exception {
    Path avro = dir.resolve("headend.avro");
    try (DataFileWriter<HeadEndReading> file =
        new DataFileWriter<>(new SpecificDatumWriter<>(HeadEndReading.class))) {
      file.create(HeadEndReading.getClassSchema(), avro.toFile());
      file.append(headEnd("1-0:1.8.0", "kWh", "2024-03-01T00:00:00Z"));
      file.append(headEnd("9-9:9.9.9", "kWh", "2024-03-01T00:15:00Z"));
    }

    BackfillReport report = backfill(avro, "headend-avro");

    assertThat(report.count(BackfillOutput.NORMALIZED)).isEqualTo(1);
    assertThat(report.count(BackfillOutput.REJECTED)).isEqualTo(1);
    JsonNode reading = lines(BackfillOutput.NORMALIZED).get(0);
    assertThat(reading.get("register").asText()).isEqualTo("ELECTRICITY_IMPORT_ENERGY");
    assertThat(reading.get("readingTime").asText()).isEqualTo("2024-03-01T00:00:00Z");
    JsonNode reject = lines(BackfillOutput.REJECTED).get(0);
    assertThat(reject.get("reason").asText()).isEqualTo("UNKNOWN_REGISTER");
    assertThat(reject.get("sourceLocation").asText()).isEqualTo(avro + ":2");
  }

  @Test
  void shouldExitWithUsageErrorWhenTheInputIsMissing() {
    int exitCode =
        registry()
            .run(List.of("backfill", "--format", "daiad-csv", "--output-dir", dir.toString()));

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "meterflow backfill: missing --input; usage: backfill "
                + BackfillArguments.USAGE
                + System.lineSeparator());
  }

  @Test
  void shouldExitWithUsageErrorNamingTheKnownFormats() throws Exception {
    Path csv = write("trial.csv", HEADER);

    int exitCode =
        registry()
            .run(
                List.of(
                    "backfill",
                    "--input",
                    csv.toString(),
                    "--format",
                    "excel",
                    "--output-dir",
                    dir.resolve("out").toString()));

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "meterflow backfill: unknown --format 'excel': expected webapi-json, headend-avro or"
                + " a CSV profile (daiad-csv; more with --profiles FILE)"
                + System.lineSeparator());
  }

  private CommandRegistry registry() {
    return new CommandRegistry(print(out), print(err))
        .register("backfill", new BackfillCommand(print(out)));
  }

  private BackfillReport backfill(Path input, String format) throws Exception {
    return new BackfillCommand(print(out))
        .backfill(
            List.of(
                "--input",
                input.toString(),
                "--format",
                format,
                "--output-dir",
                dir.resolve("out").toString()));
  }

  private List<JsonNode> lines(BackfillOutput output) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (Path file : JsonLineFiles.in(dir.resolve("out").resolve(output.folder())).toList()) {
      for (String line : Files.readAllLines(file)) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines));
  }

  private static void entry(ZipOutputStream zip, String name, String... lines) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static HeadEndReading headEnd(String registerCode, String unit, String timestamp) {
    return HeadEndReading.newBuilder()
        .setTenant("acme")
        .setDeviceId("e-1")
        .setRegisterCode(registerCode)
        .setValue(1234.5)
        .setUnit(unit)
        .setTimestamp(timestamp)
        .setSourceSystem("head-end-x")
        .build();
  }

  private static PrintStream print(OutputStream stream) {
    return new PrintStream(stream, true, StandardCharsets.UTF_8);
  }
}
