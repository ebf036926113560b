package io.meterflow.jobs.backfill;

import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.normalizer.headend.HeadEndDecoder;
import io.meterflow.normalizer.headend.HeadEndDecodingException;
import java.io.IOException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;

/**
 * Decodes a head-end reading from the plain Avro binary of the current {@code HeadEndReading}
 * schema: what {@link HeadEndContainerPayloads} takes out of a container file. Files carry their
 * schema in their header, not a registry id per message, so the backfill needs no registry. Never
 * throws IOException: there is no dependency to wait for.
 */
final class PlainAvroHeadEndDecoder implements HeadEndDecoder {

  private static final long serialVersionUID = 1L;

  @Override
  public HeadEndReading decode(byte[] message) throws HeadEndDecodingException {
    BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(message, null);
    HeadEndReading reading;
    try {
      reading = new SpecificDatumReader<>(HeadEndReading.class).read(null, decoder);
      if (!decoder.isEnd()) {
        throw new HeadEndDecodingException(
            RejectReason.UNPARSEABLE, "Bytes left after the head-end reading", null);
      }
    } catch (IOException e) {
      // EOFException: truncated bytes, never a dependency that might come back.
      throw new HeadEndDecodingException(
          RejectReason.UNPARSEABLE, "Truncated Avro of a head-end reading", e);
    }
    return reading;
  }
}
