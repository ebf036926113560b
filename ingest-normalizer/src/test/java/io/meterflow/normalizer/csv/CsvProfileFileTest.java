package io.meterflow.normalizer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.contracts.ReadingKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvProfileFileTest {

  private static final String ACME =
      """
      acme-hourly:
        delimiter: ","
        header: true
        columns: {meterId: 0, timestamp: 1, value: 2, unit: 3, tenant: 4}
        timestampPattern: "dd.MM.yyyy HH:mm"
        zone: Europe/Berlin
        register: "1-0:1.8.0"
        decimalSeparator: "."
        kind: interval
        tenant: acme
      acme-tab:
        delimiter: "\\t"
        columns: {meterId: 0, timestamp: 1, value: 2}
        unit: m3
        register: water
        tenant: acme
      """;

  @Test
  void shouldReadEveryProfileOfTheFile(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("profiles.yaml");
    Files.writeString(file, ACME);

    List<CsvProfile> profiles = CsvProfileFile.read(file);

    assertThat(profiles)
        .containsExactly(
            new CsvProfile(
                "acme-hourly",
                ',',
                true,
                new CsvColumns(0, 1, 2, null, 3, 4),
                "dd.MM.yyyy HH:mm",
                "Europe/Berlin",
                null,
                "1-0:1.8.0",
                '.',
                ReadingKind.INTERVAL,
                "acme"),
            new CsvProfile(
                "acme-tab",
                '\t',
                false,
                CsvColumns.of(0, 1, 2),
                CsvProfile.ISO,
                null,
                "m3",
                "water",
                '.',
                null,
                "acme"));
  }

  @Test
  void shouldReadAnEmptyFileAsNoProfiles() {
    assertThat(CsvProfileFile.parse("empty.yaml", "")).isEmpty();
  }

  @Test
  void shouldNameTheFileProfileAndKeyOfAMistake() {
    assertThatThrownBy(
            () ->
                CsvProfileFile.parse(
                    "p.yaml",
                    "acme:\n  colums: {meterId: 0}\n  tenant: acme\n  unit: L\n  register: water"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CSV profile file p.yaml: CSV profile 'acme': unknown key 'colums' in the settings;"
                + " known"
                + " keys: [columns, decimalSeparator, delimiter, header, kind, register, tenant,"
                + " timestampPattern, unit, zone]");
    assertThatThrownBy(
            () -> CsvProfileFile.parse("p.yaml", "acme:\n  columns: {meterId: 0, timestamp: 1}"))
        .hasMessage("CSV profile file p.yaml: CSV profile 'acme': 'columns' needs 'value'");
    assertThatThrownBy(
            () ->
                CsvProfileFile.parse(
                    "p.yaml",
                    "acme:\n  columns: {meterId: 0, timestamp: 1, value: 2}\n  unit: L\n"
                        + "  register: water\n  tenant: acme\n  delimiter: ';;'"))
        .hasMessage(
            "CSV profile file p.yaml: CSV profile 'acme': delimiter must be one character, e.g."
                + " \";\" or \"\\t\", not ';;'.");
    assertThatThrownBy(
            () ->
                CsvProfileFile.parse(
                    "p.yaml",
                    "acme:\n  columns: {meterId: 0, timestamp: 1, value: 2}\n  unit: L\n"
                        + "  register: water\n  zone: Mars/Olympus"))
        .hasMessage(
            "CSV profile file p.yaml: CSV profile 'acme': tenant is needed unless a column holds"
                + " it.");
  }

  @Test
  void shouldRefuseAFileThatIsNotYamlOrNotAMap() {
    assertThatThrownBy(() -> CsvProfileFile.parse("p.yaml", "acme: [unclosed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("CSV profile file p.yaml is not valid YAML: ");
    assertThatThrownBy(() -> CsvProfileFile.parse("p.yaml", "- acme"))
        .hasMessage("CSV profile file p.yaml must map profile names to their settings");
  }

  @Test
  void shouldSayWhichFileCannotBeRead(@TempDir Path folder) {
    Path missing = folder.resolve("missing.yaml");

    assertThatThrownBy(() -> CsvProfileFile.read(missing))
        .hasMessage(
            "CSV profile file " + missing + " cannot be read: check the path and its permissions");
  }
}
