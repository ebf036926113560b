package io.meterflow.normalizer.csv;

import io.meterflow.contracts.RejectReason;
import io.meterflow.normalizer.reject.RejectedInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CSV row into cells (RFC 4180): a cell may be quoted with double quotes, inside which the
 * delimiter is text and a doubled quote is one quote. Rows spanning lines are not supported, since
 * files are read line by line.
 */
final class CsvCells {

  private static final char QUOTE = '"';

  private CsvCells() {}

  static List<String> split(String row, char delimiter) throws RejectedInput {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < row.length()) {
      char c = row.charAt(i);
      if (quoted) {
        if (c == QUOTE && i + 1 < row.length() && row.charAt(i + 1) == QUOTE) {
          cell.append(QUOTE);
          i++;
        } else if (c == QUOTE) {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == QUOTE) {
        quoted = true;
      } else if (c == delimiter) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new RejectedInput(RejectReason.UNPARSEABLE, "The row ends inside a quoted cell.");
    }
    cells.add(cell.toString());
    return cells;
  }
}
