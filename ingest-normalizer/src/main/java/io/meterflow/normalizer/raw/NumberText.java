package io.meterflow.normalizer.raw;

import io.meterflow.contracts.RejectReason;
import io.meterflow.normalizer.reject.Quoted;
import io.meterflow.normalizer.reject.RejectedInput;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers written as text (CSV cells, JSON strings). Stricter than {@link Double#parseDouble},
 * which would also take hexadecimal floats and a trailing 'd' or 'f': only plain decimal notation,
 * optionally with an exponent (exports from R or spreadsheets write 400000 as 4e+05).
 */
public final class NumberText {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Set<String> NON_FINITE =
      Set.of("nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity");

  private NumberText() {}

  /**
   * @param decimalSeparator '.' or ','; with ',' the text may not contain '.', as thousands
   *     separators are not supported
   */
  public static double parse(String field, String text, char decimalSeparator)
      throws RejectedInput {
    String trimmed = text.trim();
    if (NON_FINITE.contains(trimmed.toLowerCase(Locale.ROOT))) {
      throw new RejectedInput(
          RejectReason.NON_FINITE_VALUE,
          "Field '" + field + "' is " + Quoted.of(trimmed) + "; a reading needs a finite number.");
    }
    String decimal = trimmed;
    if (decimalSeparator != '.') {
      if (trimmed.indexOf('.') >= 0) {
        throw RejectedInput.invalid(
            field,
            trimmed,
            "the decimal separator is '" + decimalSeparator + "' and '.' is not accepted.");
      }
      decimal = trimmed.replace(decimalSeparator, '.');
    }
    if (!DECIMAL.matcher(decimal).matches()) {
      throw RejectedInput.invalid(
          field, trimmed, "not a number with decimal separator '" + decimalSeparator + "'.");
    }
    return FieldRules.finite(field, Double.parseDouble(decimal));
  }
}
