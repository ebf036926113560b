package io.meterflow.jobs.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationDeterminismTest {

  @TempDir Path directory;

  @Test
  void shouldWriteByteIdenticalFilesForTheSameSeed() throws Exception {
    String first = digest(simulate(directory.resolve("first"), 7));
    String second = digest(simulate(directory.resolve("second"), 7));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void shouldWriteOtherFilesForAnotherSeed() throws Exception {
    String seven = digest(simulate(directory.resolve("seven"), 7));
    String eight = digest(simulate(directory.resolve("eight"), 8));

    assertThat(eight).isNotEqualTo(seven);
  }

  @Test
  void shouldWriteEveryOutputFile() throws Exception {
    Path out = simulate(directory.resolve("files"), 7);

    assertThat(files(out).stream().map(file -> out.relativize(file).toString()))
        .contains(
            OutputDirectorySink.DEVICES,
            OutputDirectorySink.HEAD_END,
            OutputDirectorySink.WEB_API,
            OutputDirectorySink.GROUND_TRUTH,
            CsvFiles.PROFILES)
        .anyMatch(
            name -> name.startsWith(OutputDirectorySink.CSV_DIR + "/") && name.endsWith(".csv"));
  }

  private static Path simulate(Path out, long seed) throws IOException {
    SimulationSettings settings =
        new SimulationSettings(60, 2, seed, SimulationSettings.DEFAULT_START);
    try (OutputDirectorySink sink = new OutputDirectorySink(out, seed)) {
      Simulation.of(settings).run(sink);
    }
    return out;
  }

  /** One digest over every file's relative name and bytes, in name order. */
  private static String digest(Path out) throws IOException, NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (Path file : files(out)) {
      sha.update(out.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update(Files.readAllBytes(file));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static List<Path> files(Path out) throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
