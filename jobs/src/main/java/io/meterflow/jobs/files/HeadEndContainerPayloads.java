package io.meterflow.jobs.files;

import io.meterflow.contracts.SourceFormat;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.normalizer.raw.RawPayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * The head-end readings of an Avro object container file (the file format of Avro's {@code
 * DataFileWriter}, {@code avro-tools}, Spark and Hive; not the Kafka wire format) as payloads,
 * located {@code file:record} with the 1-based record number.
 *
 * <p>The container's schema is resolved to the current {@code HeadEndReading} schema, so files
 * written with an older compatible version are read too. Each record is handed on as the plain Avro
 * binary of that schema, which the backfill's {@code PlainAvroHeadEndDecoder} reads: the normalizer
 * parses it like every other head-end message, and a reject carries the record's bytes. A file that
 * is not a container of head-end readings stops the backfill with its name: its record boundaries
 * cannot be found, so there is no record to reject.
 */
final class HeadEndContainerPayloads implements PayloadReader {

  private final String file;
  private final Instant ingestTime;
  private final DataFileStream<HeadEndReading> records;
  private final SpecificDatumWriter<HeadEndReading> writer =
      new SpecificDatumWriter<>(HeadEndReading.class);
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private BinaryEncoder encoder;
  private HeadEndReading reuse;
  private long recordNumber;

  HeadEndContainerPayloads(String file, InputStream in, Instant ingestTime) throws IOException {
    this.file = file;
    this.ingestTime = ingestTime;
    try {
      this.records = new DataFileStream<>(in, new SpecificDatumReader<>(HeadEndReading.class));
    } catch (IOException | AvroRuntimeException e) {
      throw new IOException(notAContainer(e), e);
    }
  }

  @Override
  public RawPayload next() throws IOException {
    try {
      if (!records.hasNext()) {
        return null;
      }
      reuse = records.next(reuse);
    } catch (AvroRuntimeException e) {
      throw new IOException(notAContainer(e), e);
    }
    recordNumber++;
    bytes.reset();
    encoder = EncoderFactory.get().binaryEncoder(bytes, encoder);
    writer.write(reuse, encoder);
    encoder.flush();
    return new RawPayload(
        SourceFormat.HEAD_END_AVRO,
        file,
        file + ":" + recordNumber,
        null,
        0,
        bytes.toByteArray(),
        null,
        ingestTime);
  }

  private String notAContainer(Exception cause) {
    return file
        + " is not an Avro container file of HeadEndReading records (after record "
        + recordNumber
        + "): "
        + cause.getMessage();
  }

  @Override
  public void close() throws IOException {
    records.close();
  }
}
