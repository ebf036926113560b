package io.meterflow.normalizer.parse;

import io.meterflow.normalizer.NormalizerMetrics;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.reject.Rejects;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The first step of the normalizer: parses every payload with the parser of its format. Payloads
 * that cannot be parsed go to the reject side output; CSV header lines are counted and dropped. An
 * IOException of the head-end decoder (schema registry unavailable) is thrown on, so the job
 * restarts from its checkpoint rather than losing the message.
 */
public class ParsePayloadsFunction extends ProcessFunction<RawPayload, ParsedReading> {

  private static final long serialVersionUID = 1L;

  private final PayloadParsing parsing;

  private transient Counter recordsIn;
  private transient Counter headerLines;

  public ParsePayloadsFunction(PayloadParsing parsing) {
    this.parsing = parsing;
  }

  @Override
  public void open(OpenContext openContext) {
    MetricGroup group = NormalizerMetrics.group(getRuntimeContext().getMetricGroup());
    recordsIn = group.counter(NormalizerMetrics.RECORDS_IN);
    headerLines = group.counter(NormalizerMetrics.HEADER_LINES_SKIPPED);
  }

  @Override
  public void processElement(RawPayload payload, Context ctx, Collector<ParsedReading> out)
      throws Exception {
    Optional<ParsedReading> parsed;
    try {
      parsed = parsing.parse(payload);
    } catch (RejectedInput rejected) {
      recordsIn.inc();
      ctx.output(Rejects.TAG, Rejects.of(payload, rejected));
      return;
    }
    // Counted once parsed or rejected: a payload whose decoding failed on the registry is not in
    // yet, it will be read again after the restart.
    recordsIn.inc();
    if (parsed.isPresent()) {
      out.collect(parsed.get());
    } else {
      headerLines.inc();
    }
  }
}
