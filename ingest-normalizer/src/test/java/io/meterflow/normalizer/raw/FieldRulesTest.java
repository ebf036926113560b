package io.meterflow.normalizer.raw;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.RejectReason;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.testing.Rejection;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

  private final FieldRules rules = new FieldRules(8);

  @Test
  void shouldTrimWhatItAccepts() throws RejectedInput {
    assertThat(rules.identifier("meterId", " m-1 ")).isEqualTo("m-1");
    assertThat(rules.optional("unit", "   ")).isNull();
    assertThat(rules.codes("status", Arrays.asList(" LEAK", "", null, "DRY ")))
        .containsExactly("LEAK", "DRY");
  }

  @Test
  void shouldRejectAMissingField() {
    assertThat(Rejection.of(() -> rules.required("timestamp", null)))
        .isEqualTo(new Rejection(RejectReason.MISSING_FIELD, "Field 'timestamp' is missing."));
    assertThat(Rejection.of(() -> rules.identifier("tenant", " ")))
        .isEqualTo(new Rejection(RejectReason.MISSING_FIELD, "Field 'tenant' is missing."));
  }

  @Test
  void shouldRejectAnIdentifierThatCannotBePartOfAKey() {
    assertThat(Rejection.of(() -> rules.identifier("deviceId", "m|1")))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "Field 'deviceId' has the invalid value 'm|1': identifiers cannot contain '|' or"
                    + " control characters, as they become part of keys."));
    assertThat(Rejection.of(() -> rules.identifier("deviceId", "m\u00001")).reason())
        .isEqualTo(RejectReason.INVALID_FIELD);
  }

  @Test
  void shouldRejectAFieldLongerThanTheLimit() throws RejectedInput {
    assertThat(rules.identifier("deviceId", "12345678")).isEqualTo("12345678");
    assertThat(Rejection.of(() -> rules.optional("unit", "123456789")))
        .isEqualTo(
            new Rejection(
                RejectReason.FIELD_TOO_LONG,
                "Field 'unit' is 9 characters long, more than the 8 accepted: '123456789'"));
  }

  @Test
  void shouldQuoteALongValueShortened() {
    FieldRules generous = new FieldRules(1000);
    String tooLong = "x".repeat(1001);

    assertThat(Rejection.of(() -> generous.required("deviceId", tooLong)).detail())
        .isEqualTo(
            "Field 'deviceId' is 1001 characters long, more than the 1000 accepted: '"
                + "x".repeat(64)
                + "...' (1001 characters)");
  }

  @Test
  void shouldRejectANonFiniteValue() {
    assertThat(Rejection.of(() -> FieldRules.finite("value", Double.NaN)))
        .isEqualTo(
            new Rejection(
                RejectReason.NON_FINITE_VALUE,
                "Field 'value' is NaN; a reading needs a finite number."));
    assertThat(Rejection.of(() -> FieldRules.finite("value", Double.NEGATIVE_INFINITY)).reason())
        .isEqualTo(RejectReason.NON_FINITE_VALUE);
  }
}
