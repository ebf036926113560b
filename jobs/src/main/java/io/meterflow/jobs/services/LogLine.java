package io.meterflow.jobs.services;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Watches a growing log file for a line that says a service is up, reading only what was appended
 * since the last look.
 */
final class LogLine {
  private final Path logFile;
  private final String text;
  private long position;
  private String unfinishedLine = "";
  private boolean seen;

  LogLine(Path logFile, String text) {
    this.logFile = logFile;
    this.text = text;
  }

  boolean appeared() {
    if (seen || !Files.isRegularFile(logFile)) {
      return seen;
    }
    try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
      long length = file.length();
      if (length <= position) {
        return false;
      }
      byte[] appended = new byte[Math.toIntExact(length - position)];
      file.seek(position);
      file.readFully(appended);
      position = length;
      String chunk = unfinishedLine + new String(appended, StandardCharsets.UTF_8);
      int lastNewline = chunk.lastIndexOf('\n');
      seen = chunk.substring(0, lastNewline + 1).contains(text);
      unfinishedLine = chunk.substring(lastNewline + 1);
      return seen;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + logFile, e);
    }
  }
}
