package io.meterflow.jobs.files;

import io.meterflow.normalizer.raw.RawPayload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The lines of a text file (CSV rows, Web API JSON lines) as payloads, located {@code file:line}.
 * Every line becomes a payload, blank ones included, so that the normalizer accounts for each (a
 * CSV header is skipped and counted there, anything else unreadable is rejected with its reason).
 */
final class TextLinePayloads implements PayloadReader {

  private final PayloadFormat format;
  private final String file;
  private final Instant ingestTime;
  private final BufferedReader lines;
  private long lineNumber;

  TextLinePayloads(PayloadFormat format, String file, InputStream in, Instant ingestTime) {
    this.format = format;
    this.file = file;
    this.ingestTime = ingestTime;
    this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  @Override
  public RawPayload next() throws IOException {
    String line = lines.readLine();
    if (line == null) {
      return null;
    }
    lineNumber++;
    return format.textLine(file, lineNumber, line, ingestTime);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
