package io.meterflow.normalizer.testing;

import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.normalizer.headend.HeadEndDecoder;
import io.meterflow.normalizer.headend.HeadEndDecodingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * A stand-in for the registry-backed decoder: the Confluent wire format with one known schema id,
 * whose schema is HeadEndReading's own.
 */
public final class FakeHeadEndDecoder implements HeadEndDecoder {

  public static final int SCHEMA_ID = 7;
  private static final byte MAGIC = 0;
  private static final int HEADER = 5;

  /** A reading in the wire format, under the given schema id. */
  public static byte[] encode(HeadEndReading reading, int schemaId) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(MAGIC);
      out.write(ByteBuffer.allocate(4).putInt(schemaId).array());
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new SpecificDatumWriter<>(HeadEndReading.class).write(reading, encoder);
      encoder.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] encode(HeadEndReading reading) {
    return encode(reading, SCHEMA_ID);
  }

  @Override
  public HeadEndReading decode(byte[] message) throws HeadEndDecodingException {
    if (message.length < HEADER) {
      throw new HeadEndDecodingException(
          RejectReason.UNPARSEABLE, "The message is shorter than the 5-byte header", null);
    }
    if (message[0] != MAGIC) {
      throw new HeadEndDecodingException(
          RejectReason.BAD_MAGIC_BYTE, "The magic byte is " + message[0] + ", not 0", null);
    }
    int schemaId = ByteBuffer.wrap(message, 1, 4).getInt();
    if (schemaId != SCHEMA_ID) {
      throw new HeadEndDecodingException(
          RejectReason.UNKNOWN_SCHEMA_ID, "Schema id " + schemaId + " is not registered", null);
    }
    try {
      BinaryDecoder decoder =
          DecoderFactory.get().binaryDecoder(message, HEADER, message.length - HEADER, null);
      HeadEndReading reading = new SpecificDatumReader<>(HeadEndReading.class).read(null, decoder);
      if (!decoder.isEnd()) {
        throw new HeadEndDecodingException(
            RejectReason.UNPARSEABLE, "Bytes are left after the Avro record", null);
      }
      return reading;
    } catch (IOException e) {
      throw new HeadEndDecodingException(
          RejectReason.UNPARSEABLE, "The Avro record is truncated or corrupt", e);
    }
  }
}
