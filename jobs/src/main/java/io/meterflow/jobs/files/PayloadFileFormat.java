package io.meterflow.jobs.files;

import io.meterflow.contracts.SourceFormat;
import io.meterflow.normalizer.raw.RawPayload;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.ArrayResultIterator;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.core.fs.Path;

/**
 * Reads input files (of a backfill, or dropped in the normalizer's watched directory) into {@link
 * RawPayload}s for Flink's {@code FileSource}: text lines of CSV and Web API JSON files, the
 * entries of {@code .zip} archives (streamed, see {@link ZipEntryPayloads}), or the records of Avro
 * container files of head-end readings. A bulk format rather than a stream format because each
 * payload names its file, which only the split knows.
 *
 * <p>Files are not split (a CSV header, a zip and an Avro container are only readable whole); each
 * one is read by one reader, streamed, never loaded whole. The ingest time of a file's payloads is
 * the file's modification time: taken from the input, so a rerun gives the same rejects for the
 * same files.
 */
public final class PayloadFileFormat implements BulkFormat<RawPayload, FileSourceSplit> {

  private static final long serialVersionUID = 1L;

  /** Payloads handed to Flink per batch: small, as each holds one line. */
  private static final int BATCH_SIZE = 512;

  private final PayloadFormat format;

  public PayloadFileFormat(PayloadFormat format) {
    this.format = format;
  }

  @Override
  public Reader<RawPayload> createReader(Configuration config, FileSourceSplit split)
      throws IOException {
    return new SplitReader(open(split), 0);
  }

  /** Reopens the file and skips what was read before the checkpoint. */
  @Override
  public Reader<RawPayload> restoreReader(Configuration config, FileSourceSplit split)
      throws IOException {
    long done =
        split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
    PayloadReader payloads = open(split);
    for (long skipped = 0; skipped < done && payloads.next() != null; skipped++) {
      // Skipping the records emitted before the checkpoint.
    }
    return new SplitReader(payloads, done);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<RawPayload> getProducedType() {
    return TypeInformation.of(RawPayload.class);
  }

  private PayloadReader open(FileSourceSplit split) throws IOException {
    Path path = split.path();
    String file = name(path);
    Instant ingestTime = Instant.ofEpochMilli(split.fileModificationTime());
    InputStream in = path.getFileSystem().open(path);
    try {
      if (format.sourceFormat() == SourceFormat.HEAD_END_AVRO) {
        return new HeadEndContainerPayloads(file, in, ingestTime);
      }
      if (path.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
        return new ZipEntryPayloads(
            in,
            (entry, content) ->
                new TextLinePayloads(format, file + "!/" + entry, content, ingestTime));
      }
      return new TextLinePayloads(format, file, in, ingestTime);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** A local file by its plain path, as users name it; others with their scheme (s3://...). */
  private static String name(Path path) {
    return "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : path.toString();
  }

  /** Hands the payloads of one file to Flink in small batches. */
  private static final class SplitReader implements Reader<RawPayload> {
    private final PayloadReader payloads;
    private long emitted;

    SplitReader(PayloadReader payloads, long emitted) {
      this.payloads = payloads;
      this.emitted = emitted;
    }

    @Override
    public RecordIterator<RawPayload> readBatch() throws IOException {
      RawPayload[] batch = new RawPayload[BATCH_SIZE];
      int size = 0;
      RawPayload payload;
      while (size < BATCH_SIZE && (payload = payloads.next()) != null) {
        batch[size++] = payload;
      }
      if (size == 0) {
        return null;
      }
      // Positions count the records of the file, for a restore to skip.
      ArrayResultIterator<RawPayload> iterator = new ArrayResultIterator<>();
      iterator.set(batch, size, CheckpointedPosition.NO_OFFSET, emitted);
      emitted += size;
      return iterator;
    }

    @Override
    public void close() throws IOException {
      payloads.close();
    }
  }
}
