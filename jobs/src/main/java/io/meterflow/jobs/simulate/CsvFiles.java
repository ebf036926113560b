package io.meterflow.jobs.simulate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CSV files of a simulation in one directory (one per tenant and local day, all open until the
 * end), and their profile ({@value ReadingEncoder#CSV_PROFILE_NAME}) in {@value #PROFILES} next to
 * the directory, where the normalizer's {@code normalizer.csv-profiles-file} can point.
 */
final class CsvFiles implements AutoCloseable {

  static final String PROFILES = "csv-profiles.yaml";

  private final Path directory;
  private final Map<String, BufferedWriter> files = new LinkedHashMap<>();

  CsvFiles(Path directory) throws IOException {
    this.directory = directory.toAbsolutePath();
    Files.createDirectories(this.directory);
    Files.writeString(this.directory.resolveSibling(PROFILES), ReadingEncoder.CSV_PROFILES_YAML);
  }

  void row(String fileName, String line) throws IOException {
    BufferedWriter writer = files.get(fileName);
    if (writer == null) {
      writer = Files.newBufferedWriter(directory.resolve(fileName), StandardCharsets.UTF_8);
      files.put(fileName, writer);
    }
    writer.write(line);
    writer.write('\n');
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (BufferedWriter writer : files.values()) {
      try {
        writer.close();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
