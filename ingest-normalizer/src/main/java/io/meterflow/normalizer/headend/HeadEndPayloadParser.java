package io.meterflow.normalizer.headend;

import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.normalizer.raw.FieldRules;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.time.Timestamps;
import java.io.IOException;
import java.io.Serializable;

/** Parses head-end Avro messages, decoded by the {@link HeadEndDecoder} it is given. */
public final class HeadEndPayloadParser implements Serializable {

  private static final long serialVersionUID = 1L;

  private final HeadEndDecoder decoder;
  private final FieldRules rules;

  public HeadEndPayloadParser(HeadEndDecoder decoder, FieldRules rules) {
    this.decoder = decoder;
    this.rules = rules;
  }

  /**
   * @throws IOException when the schema registry cannot be reached: not the message's fault
   */
  public ParsedReading parse(RawPayload payload) throws RejectedInput, IOException {
    HeadEndReading reading = decode(payload.bytes());
    String tenant = rules.identifier("tenant", reading.getTenant());
    try {
      return new ParsedReading(
          payload,
          tenant,
          rules.identifier("deviceId", reading.getDeviceId()),
          rules.required("registerCode", reading.getRegisterCode()),
          FieldRules.finite("value", reading.getValue()),
          rules.optional("unit", reading.getUnit()),
          Timestamps.iso("timestamp", rules.required("timestamp", reading.getTimestamp())),
          null,
          rules.codes("statusCodes", reading.getStatusCodes()),
          rules.optional("readingType", reading.getReadingType()),
          rules.required("sourceSystem", reading.getSourceSystem()));
    } catch (RejectedInput rejected) {
      throw rejected.forTenant(tenant);
    }
  }

  private HeadEndReading decode(byte[] message) throws RejectedInput, IOException {
    try {
      return decoder.decode(message);
    } catch (HeadEndDecodingException e) {
      throw new RejectedInput(e.reason(), e.getMessage());
    } catch (RuntimeException e) {
      // Avro decoders throw a variety of runtime exceptions on garbage (negative lengths, bad
      // union indexes); none of them may fail the job.
      throw new RejectedInput(
          RejectReason.UNPARSEABLE,
          "The message is not valid Avro of a head-end reading: " + e.getClass().getSimpleName());
    }
  }
}
