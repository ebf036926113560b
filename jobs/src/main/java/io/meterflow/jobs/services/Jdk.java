package io.meterflow.jobs.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An installed Java runtime: its home folder and its feature release (17, 21, 25...). */
public record Jdk(Path home, int feature) {

  private static final Pattern JAVA_VERSION =
      Pattern.compile("^JAVA_VERSION=\"?(?:1\\.)?(\\d+)", Pattern.MULTILINE);

  public Path java() {
    return home.resolve("bin").resolve("java");
  }

  /** The runtime this code runs on. */
  static Jdk running() {
    return new Jdk(Path.of(System.getProperty("java.home")), Runtime.version().feature());
  }

  /**
   * Reads the feature release from the {@code release} file every JDK and JRE since Java 9 (and
   * most Java 8 builds) carries in its home folder.
   */
  static Optional<Jdk> at(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin").resolve("java"))) {
      return Optional.empty();
    }
    try {
      Matcher matcher = JAVA_VERSION.matcher(Files.readString(release));
      return matcher.find()
          ? Optional.of(new Jdk(home, Integer.parseInt(matcher.group(1))))
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + release, e);
    }
  }
}
