package io.meterflow.contracts.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/** One version of the .avsc contracts, parsed together as the Avro Maven plugin does. */
final class AvroContractFiles {

  /** The contracts being built (tests run in the module directory). */
  static final Path CURRENT = Path.of("src", "main", "avro");

  /** The contracts of the last release: the baseline that evolution must stay compatible with. */
  static final Path RELEASED_V1 = Path.of("src", "test", "resources", "released", "v1");

  private AvroContractFiles() {}

  /**
   * Every schema under {@code root} by its relative path. One parser for the whole version, since
   * schemas refer to the named types of common/ by name; common/ goes first, as in the build.
   */
  static Map<String, Schema> parse(Path root) {
    Schema.Parser parser = new Schema.Parser();
    Map<String, Schema> schemas = new LinkedHashMap<>();
    for (Path file : avscFiles(root)) {
      try {
        schemas.put(
            root.relativize(file).toString().replace('\\', '/'), parser.parse(file.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return schemas;
  }

  private static List<Path> avscFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".avsc"))
          .sorted(
              Comparator.comparing((Path file) -> !root.relativize(file).startsWith("common"))
                  .thenComparing(Path::toString))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the schemas under " + root, e);
    }
  }
}
