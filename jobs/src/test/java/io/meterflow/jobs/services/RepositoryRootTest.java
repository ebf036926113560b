package io.meterflow.jobs.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {
  @TempDir Path folder;

  @Test
  void shouldWalkUpToTheFolderHoldingJobsLocalServices() throws IOException {
    Path checkout = Files.createDirectories(folder.resolve("checkout"));
    Files.createDirectories(checkout.resolve("jobs").resolve("local-services"));
    Path nested = Files.createDirectories(checkout.resolve("jobs").resolve("target").resolve("x"));

    assertThat(RepositoryRoot.locate(Optional.empty(), nested)).isEqualTo(checkout);
  }

  @Test
  void shouldTakeTheConfiguredFolderFirst() throws IOException {
    Path checkout = Files.createDirectories(folder.resolve("checkout"));
    Files.createDirectories(checkout.resolve("jobs").resolve("local-services"));

    assertThat(RepositoryRoot.locate(Optional.of(checkout.toString()), Path.of("/")))
        .isEqualTo(checkout);
  }

  @Test
  void shouldRefuseAConfiguredFolderThatIsNotACheckout() {
    assertThatThrownBy(() -> RepositoryRoot.locate(Optional.of(folder.toString()), folder))
        .isInstanceOf(LocalServiceException.class)
        .hasMessage(
            "The meterflow checkout given by -Dmeterflow.repo.root or MF_REPO_ROOT ("
                + folder
                + ") has no jobs/local-services folder; point it at the root of the checkout.");
  }

  @Test
  void shouldSayWhatToDoWhenNoCheckoutIsAbove() {
    assertThatThrownBy(() -> RepositoryRoot.locate(Optional.empty(), folder))
        .isInstanceOf(LocalServiceException.class)
        .hasMessage(
            "Cannot find the meterflow checkout above "
                + folder
                + " (a folder holding jobs/local-services); run from inside the checkout or set"
                + " MF_REPO_ROOT to it.");
  }
}
