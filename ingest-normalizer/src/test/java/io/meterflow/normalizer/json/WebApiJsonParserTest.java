package io.meterflow.normalizer.json;

import static io.meterflow.normalizer.testing.NormalizerFixtures.json;
import static io.meterflow.normalizer.testing.ParsedReadingBuilder.parsed;
import static io.meterflow.normalizer.testing.WebApiLine.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.meterflow.contracts.RejectReason;
import io.meterflow.normalizer.raw.FieldRules;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.testing.NormalizerFixtures;
import io.meterflow.normalizer.testing.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebApiJsonParserTest {

  private final WebApiJsonParser parser = new WebApiJsonParser(new FieldRules(256));

  @Test
  void shouldReadEveryFieldOfAReading() throws RejectedInput {
    RawPayload payload =
        json(
            reading()
                .with("timestamp", "2024-03-31T02:30:00")
                .with("timezone", "Europe/Madrid")
                .withStatus("LOW_BATTERY", "leak")
                .with("readingType", "cumulative")
                .with("firmware", "1.2.3")
                .json());

    assertThat(parser.parse(payload))
        .usingRecursiveComparison()
        .isEqualTo(
            parsed()
                .source(payload)
                .at("2024-03-31T02:30:00")
                .timezone("Europe/Madrid")
                .status("LOW_BATTERY", "leak")
                .readingType("cumulative")
                .build());
  }

  @Test
  void shouldAcceptTheValueAsANumericString() throws RejectedInput {
    assertThat(parser.parse(json(reading().with("value", " 1234.5 ").json())).value())
        .isEqualTo(1234.5);
  }

  @Test
  void shouldTakeTheTopicAsSourceWhenTheLineNamesNone() throws RejectedInput {
    assertThat(parser.parse(json(reading().without("source").json())).sourceSystem())
        .isEqualTo(NormalizerFixtures.JSON_TOPIC);
  }

  @Test
  void shouldLeaveValueAndUnitToTheRegisterCheckWhenAbsent() throws RejectedInput {
    ParsedReading event =
        parser.parse(
            json(
                reading()
                    .with("register", "METER_EVENT")
                    .without("value")
                    .without("unit")
                    .withStatus("POWER_FAIL")
                    .json()));

    assertThat(event.value()).isNull();
    assertThat(event.unit()).isNull();
    assertThat(event.statusCodes()).containsExactly("POWER_FAIL");
  }

  @Test
  void shouldAcceptASingleStatusCodeAsAString() throws RejectedInput {
    assertThat(parser.parse(json(reading().with("status", "LEAK").json())).statusCodes())
        .containsExactly("LEAK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tenant", "deviceId", "register", "timestamp"})
  void shouldRejectALineWithoutARequiredField(String field) {
    assertThat(rejection(reading().without(field).json()))
        .isEqualTo(new Rejection(RejectReason.MISSING_FIELD, "Field '" + field + "' is missing."));
  }

  @Test
  void shouldRejectALineThatIsNotJson() {
    assertThat(rejection("{\"tenant\": \"tenant-a\", "))
        .isEqualTo(
            new Rejection(
                RejectReason.UNPARSEABLE,
                "The line is not valid JSON (column 24): Unexpected end-of-input within/between"
                    + " Object entries"));
    assertThat(rejection(reading().json() + " trailing").reason())
        .isEqualTo(RejectReason.UNPARSEABLE);
    assertThat(rejection("   "))
        .isEqualTo(new Rejection(RejectReason.UNPARSEABLE, "The line is empty."));
  }

  @Test
  void shouldRejectALineWithTheSameFieldTwice() {
    assertThat(rejection("{\"value\": 1, \"value\": 2}").reason())
        .isEqualTo(RejectReason.UNPARSEABLE);
  }

  @Test
  void shouldRejectJsonThatIsNotAnObject() {
    assertThat(rejection("[1, 2]"))
        .isEqualTo(
            new Rejection(
                RejectReason.UNPARSEABLE,
                "A Web API reading is a JSON object, but the line holds a JSON array."));
  }

  @Test
  void shouldRejectAValueThatIsNotFinite() {
    String nan = reading().json().replace("1234.5", "NaN");
    String infinite = reading().json().replace("1234.5", "\"-Infinity\"");

    assertThat(rejection(nan))
        .isEqualTo(
            new Rejection(
                RejectReason.NON_FINITE_VALUE,
                "Field 'value' is NaN; a reading needs a finite number."));
    assertThat(rejection(infinite).reason()).isEqualTo(RejectReason.NON_FINITE_VALUE);
  }

  @Test
  void shouldRejectFieldsOfTheWrongType() {
    assertThat(rejection(reading().json().replace("\"tenant-a\"", "42")))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "Field 'tenant' has the invalid value '42': expected a string."));
    assertThat(rejection(reading().json().replace("1234.5", "true")))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "Field 'value' has the invalid value 'true': expected a number or a numeric"
                    + " string."));
    assertThat(rejection(reading().with("value", "12,5").json()).reason())
        .isEqualTo(RejectReason.INVALID_FIELD);
    assertThat(rejection(reading().json().replace("}", ",\"status\":{\"a\":1}}")))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "Field 'status' has the invalid value '{\"a\":1}': expected an array of strings."));
  }

  @Test
  void shouldRejectATimestampThatIsNotIso() {
    assertThat(rejection(reading().with("timestamp", "01/06/2024 10:00").json()))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "Field 'timestamp' has the invalid value '01/06/2024 10:00': expected an ISO-8601"
                    + " date-time such as 2024-03-31T02:30:00, with an offset (+02:00, Z) where"
                    + " known."));
  }

  @Test
  void shouldRejectAnOverlongField() {
    WebApiJsonParser strict = new WebApiJsonParser(new FieldRules(8));

    assertThat(Rejection.of(() -> strict.parse(json(reading().json()))))
        .isEqualTo(
            new Rejection(
                RejectReason.FIELD_TOO_LONG,
                "Field 'source' is 11 characters long, more than the 8 accepted: 'acme-portal'"));
  }

  @Test
  void shouldNameTheTenantOfARejectedLineWhereItCouldBeRead() {
    RejectedInput rejected =
        catchThrowableOfType(
            RejectedInput.class, () -> parser.parse(json(reading().without("deviceId").json())));

    assertThat(rejected.tenant()).isEqualTo("tenant-a");
  }

  private Rejection rejection(String line) {
    return Rejection.of(() -> parser.parse(json(line)));
  }
}
