package io.meterflow.jobs.services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the meterflow checkout, whose {@code jobs/local-services} modules resolve the service
 * artifacts: the system property {@value #PROPERTY}, else {@value #ENV}, else the nearest folder
 * above the working directory that holds {@code jobs/local-services}.
 */
public final class RepositoryRoot {
  public static final String PROPERTY = "meterflow.repo.root";
  public static final String ENV = "MF_REPO_ROOT";
  static final Path MARKER = Path.of("jobs", "local-services");

  private RepositoryRoot() {}

  public static Path locate() {
    return locate(
        Optional.ofNullable(System.getProperty(PROPERTY))
            .or(() -> Optional.ofNullable(System.getenv(ENV))),
        Path.of("").toAbsolutePath());
  }

  static Path locate(Optional<String> configured, Path workingDirectory) {
    if (configured.isPresent() && !configured.get().isBlank()) {
      Path root = Path.of(configured.get()).toAbsolutePath().normalize();
      if (!Files.isDirectory(root.resolve(MARKER))) {
        throw new LocalServiceException(
            "The meterflow checkout given by -D"
                + PROPERTY
                + " or "
                + ENV
                + " ("
                + root
                + ") has no "
                + MARKER
                + " folder; point it at the root of the checkout.");
      }
      return root;
    }
    for (Path folder = workingDirectory.toAbsolutePath().normalize();
        folder != null;
        folder = folder.getParent()) {
      if (Files.isDirectory(folder.resolve(MARKER))) {
        return folder;
      }
    }
    throw new LocalServiceException(
        "Cannot find the meterflow checkout above "
            + workingDirectory
            + " (a folder holding "
            + MARKER
            + "); run from inside the checkout or set "
            + ENV
            + " to it.");
  }
}
