package io.meterflow.normalizer.parse;

import io.meterflow.normalizer.csv.CsvRowParser;
import io.meterflow.normalizer.headend.HeadEndPayloadParser;
import io.meterflow.normalizer.json.WebApiJsonParser;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.reject.RejectedInput;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/** Parses a raw payload with the parser of its format. */
public final class PayloadParsing implements Serializable {

  private static final long serialVersionUID = 1L;

  private final HeadEndPayloadParser headEnd;
  private final WebApiJsonParser webApiJson;
  private final CsvRowParser csv;

  public PayloadParsing(
      HeadEndPayloadParser headEnd, WebApiJsonParser webApiJson, CsvRowParser csv) {
    this.headEnd = headEnd;
    this.webApiJson = webApiJson;
    this.csv = csv;
  }

  /**
   * @return the parsed reading; empty for a CSV header line, which is not data
   * @throws IOException when a dependency (the schema registry) is unavailable
   */
  public Optional<ParsedReading> parse(RawPayload payload) throws RejectedInput, IOException {
    return switch (payload.format()) {
      case HEAD_END_AVRO -> Optional.of(headEnd.parse(payload));
      case WEB_API_JSON -> Optional.of(webApiJson.parse(payload));
      case CSV_FILE -> csv.isHeader(payload) ? Optional.empty() : Optional.of(csv.parse(payload));
    };
  }
}
