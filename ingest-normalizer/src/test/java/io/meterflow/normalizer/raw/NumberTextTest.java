package io.meterflow.normalizer.raw;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.RejectReason;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.testing.Rejection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "68321|68321",
        "' 12.5 '|12.5",
        "-0.5|-0.5",
        "+3|3",
        ".5|0.5",
        "5.|5",
        "4e+05|400000",
        "2E5|200000",
        "1.5e-3|0.0015",
      })
  void shouldReadPlainDecimalNumbers(String text, double value) throws RejectedInput {
    assertThat(NumberText.parse("value", text, '.')).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"1234,5|1234.5", "0,001|0.001", "-7|-7"})
  void shouldReadADecimalComma(String text, double value) throws RejectedInput {
    assertThat(NumberText.parse("value", text, ',')).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x1p3", "1.5d", "1,5", "12 345", "abc", "--1", "1e", "", "1_000"})
  void shouldRejectWhatIsNotAPlainNumber(String text) {
    assertThat(Rejection.of(() -> NumberText.parse("value", text, '.')))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "Field 'value' has the invalid value '"
                    + text.trim()
                    + "': not a number with decimal separator '.'."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "nan", "Infinity", "-inf", "1e400"})
  void shouldRejectANonFiniteNumber(String text) {
    assertThat(Rejection.of(() -> NumberText.parse("value", text, '.')).reason())
        .isEqualTo(RejectReason.NON_FINITE_VALUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.234,5", "1.5"})
  void shouldRejectAPointWhereTheSeparatorIsAComma(String text) {
    assertThat(Rejection.of(() -> NumberText.parse("value", text, ',')))
        .isEqualTo(
            new Rejection(
                RejectReason.INVALID_FIELD,
                "Field 'value' has the invalid value '"
                    + text
                    + "': the decimal separator is ',' and '.' is not accepted."));
  }
}
