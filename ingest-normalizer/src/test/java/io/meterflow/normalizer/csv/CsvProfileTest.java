package io.meterflow.normalizer.csv;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvProfileTest {

  @Test
  void shouldRefuseAProfileThatCannotReadItsFiles() {
    assertThatThrownBy(() -> profile(',', ',', "ISO", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CSV profile 'p': decimalSeparator cannot be the delimiter too.");
    assertThatThrownBy(() -> profile(';', ';', "ISO", null))
        .hasMessage("CSV profile 'p': decimalSeparator must be '.' or ','.");
    assertThatThrownBy(() -> profile(';', '.', "dd/MM/yyyy HH:mm:ss pp q", null))
        .hasMessage(
            "CSV profile 'p': timestampPattern 'dd/MM/yyyy HH:mm:ss pp q' is not a date-time"
                + " pattern.");
    assertThatThrownBy(() -> profile(';', '.', "ISO", "Mars/Olympus"))
        .hasMessage("CSV profile 'p': zone 'Mars/Olympus' is not a zone id such as Europe/Madrid.");
    assertThatThrownBy(() -> profile('"', '.', "ISO", null))
        .hasMessage("CSV profile 'p': delimiter cannot be a quote or a line break.");
    assertThatThrownBy(() -> new CsvColumns(0, 1, 1, null, null, null))
        .hasMessage("Column 1 is mapped to two fields");
    assertThatThrownBy(() -> new CsvColumns(0, 1, -2, null, null, null))
        .hasMessage("Column indexes start at 0; -2 is not one");
  }

  private static CsvProfile profile(char delimiter, char decimal, String pattern, String zone) {
    return new CsvProfile(
        "p",
        delimiter,
        false,
        CsvColumns.of(0, 1, 2),
        pattern,
        zone,
        "L",
        "water",
        decimal,
        null,
        "t");
  }
}
