package io.meterflow.normalizer.csv;

import static io.meterflow.normalizer.testing.NormalizerFixtures.csv;
import static io.meterflow.normalizer.testing.ParsedReadingBuilder.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.meterflow.contracts.RejectReason;
import io.meterflow.normalizer.raw.FieldRules;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.testing.NormalizerFixtures;
import io.meterflow.normalizer.testing.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowParserTest {

  private static final String DAIAD = "daiad-csv";
  private static final String DAIAD_ROW =
      "1f8730a9-5d67-4895-9215-6e247087ea00;01/03/2016 00:28:55;68321;10";

  private static final CsvProfile STADTWERK = NormalizerFixtures.STADTWERK;

  private final CsvRowParser parser =
      new CsvRowParser(CsvProfiles.builtIn().with(List.of(STADTWERK)), new FieldRules(256));

  @Test
  void shouldReadADaiadRowAsAWaterIndexInLitresInMadridTime() throws RejectedInput {
    RawPayload row = csv(DAIAD, 2, DAIAD_ROW);

    assertThat(parser.parse(row))
        .usingRecursiveComparison()
        .isEqualTo(
            parsed()
                .source(row)
                .tenant("daiad")
                .meterId("1f8730a9-5d67-4895-9215-6e247087ea00")
                .register("8-0:1.0.0")
                .value(68321.0, "L")
                .at("2016-03-01T00:28:55")
                .timezone("Europe/Madrid")
                .readingType("CUMULATIVE")
                .sourceSystem("daiad-csv.csv")
                .build());
  }

  @Test
  void shouldReadTheIndexesRWroteInScientificNotation() throws RejectedInput {
    RawPayload row =
        csv(DAIAD, 33796, "05be51c3-e74b-4d02-a4bd-942c68c76f0c;03/08/2016 08:52:19;4e+05;5");

    assertThat(parser.parse(row).value()).isEqualTo(400000.0);
  }

  @Test
  void shouldSkipTheHeaderLineOfAProfileWithOne() {
    assertThat(parser.isHeader(csv(DAIAD, 1, "user key;datetime;meter reading;diff"))).isTrue();
    assertThat(parser.isHeader(csv(DAIAD, 2, DAIAD_ROW))).isFalse();
    assertThat(parser.isHeader(csv("no-such-profile", 1, DAIAD_ROW))).isFalse();
  }

  @Test
  void shouldReadAUserProfileWithDecimalCommaAndRegisterAndUnitColumns() throws RejectedInput {
    RawPayload row = csv("stadtwerk", 2, "31.03.2024 02:30;WMZ-0042;6-0:1.0.0;\"1234,5\";MWh");

    assertThat(parser.parse(row))
        .usingRecursiveComparison()
        .isEqualTo(
            parsed()
                .source(row)
                .tenant("stadtwerk-nord")
                .meterId("WMZ-0042")
                .register("6-0:1.0.0")
                .value(1234.5, "MWh")
                .at("2024-03-31T02:30:00")
                .sourceSystem("stadtwerk.csv")
                .build());
  }

  @Test
  void shouldToleratePartsOfLinesThatAreNotData() throws RejectedInput {
    ParsedReading parsed = parser.parse(csv(DAIAD, 2, "\uFEFF" + DAIAD_ROW + "\r"));

    assertThat(parsed.meterId()).isEqualTo("1f8730a9-5d67-4895-9215-6e247087ea00");
    assertThat(parsed.value()).isEqualTo(68321.0);
  }

  @Test
  void shouldReadQuotedCellsHoldingTheDelimiterAndQuotes() throws RejectedInput {
    ParsedReading parsed =
        parser.parse(csv("stadtwerk", 3, "31.03.2024 03:00;\"WMZ;\"\"7\"\"\";heat;12;kWh"));

    assertThat(parsed.meterId()).isEqualTo("WMZ;\"7\"");
  }

  @Test
  void shouldRejectARowWithTooFewCells() {
    assertThat(Rejection.of(() -> parser.parse(csv(DAIAD, 5, "abc;01/03/2016 00:28:55"))))
        .isEqualTo(
            new Rejection(
                RejectReason.UNPARSEABLE,
                "The row has 2 cells separated by ';'; profile 'daiad-csv' needs at least 3."));
    assertThat(Rejection.of(() -> parser.parse(csv(DAIAD, 5, ""))))
        .isEqualTo(new Rejection(RejectReason.UNPARSEABLE, "The row is empty."));
    assertThat(Rejection.of(() -> parser.parse(csv(DAIAD, 5, "a;\"b;c;d"))))
        .isEqualTo(new Rejection(RejectReason.UNPARSEABLE, "The row ends inside a quoted cell."));
  }

  @Test
  void shouldRejectInvalidCellsNamingTheirColumn() {
    assertThat(Rejection.of(() -> parser.parse(csv(DAIAD, 7, "m-1;2016-03-01 00:28;68321;0"))))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "Field 'timestamp (column 1)' has the invalid value '2016-03-01 00:28': expected a"
                    + " date-time of the pattern dd/MM/yyyy HH:mm:ss."));
    assertThat(Rejection.of(() -> parser.parse(csv(DAIAD, 7, "m-1;01/03/2016 00:28:55;;0"))))
        .isEqualTo(
            new Rejection(RejectReason.MISSING_FIELD, "Field 'value (column 2)' is missing."));
    assertThat(
            Rejection.of(
                () -> parser.parse(csv("stadtwerk", 7, "31.03.2024 02:30;W;heat;1.5;kWh"))))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "Field 'value (column 3)' has the invalid value '1.5': the decimal separator is ','"
                    + " and '.' is not accepted."));
  }

  @Test
  void shouldRejectARowOfAnUnknownProfile() {
    assertThat(Rejection.of(() -> parser.parse(csv("acme", 2, DAIAD_ROW))))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "Field 'csvProfile' has the invalid value 'acme': no such CSV profile; known:"
                    + " daiad-csv, stadtwerk."));
  }

  @Test
  void shouldNameTheProfilesTenantOfARejectedRow() {
    RejectedInput rejected =
        catchThrowableOfType(
            RejectedInput.class,
            () -> parser.parse(csv(DAIAD, 9, "m|1;01/03/2016 00:28:55;68321;0")));

    assertThat(rejected.tenant()).isEqualTo("daiad");
    assertThat(rejected.reason()).isEqualTo(RejectReason.INVALID_FIELD);
  }
}
