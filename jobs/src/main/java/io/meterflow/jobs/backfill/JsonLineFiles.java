package io.meterflow.jobs.backfill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The finished part files of one output folder of a backfill. */
final class JsonLineFiles {

  static final String SUFFIX = ".jsonl";

  private JsonLineFiles() {}

  /** The folder's {@code .jsonl} files, sorted by name; none when the folder does not exist. */
  static Stream<Path> in(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return Stream.empty();
    }
    return Files.list(folder)
        .filter(file -> file.getFileName().toString().endsWith(SUFFIX))
        .sorted();
  }
}
