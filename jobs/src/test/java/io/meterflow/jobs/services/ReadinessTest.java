package io.meterflow.jobs.services;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ReadinessTest {
  @TempDir Path servicesRoot;
  @RegisterExtension final FakeServiceJvm fakes = new FakeServiceJvm();

  @Test
  void shouldFailAtOnceWhenTheProcessExitsWithTheLogFileInTheMessage() throws Exception {
    ServiceFolder folder = new ServiceFolder("broken", servicesRoot);
    folder.reset();
    ServiceProcess started = fakes.launch(folder, List.of("-XX:+NoSuchJvmOption", "-version"));

    assertThatThrownBy(
            () ->
                Readiness.await(
                    "Broken", "127.0.0.1:1", started, Duration.ofMinutes(5), () -> false))
        .isInstanceOf(LocalServiceException.class)
        .hasMessage(
            "Broken exited with code 1 before it became ready on 127.0.0.1:1; see "
                + folder.resolve("broken.log"));
  }

  @Test
  void shouldTellWhatToDoWhenTheServiceDoesNotAnswerInTime() throws Exception {
    ServiceProcess started = fakes.start(new ServiceFolder("slow", servicesRoot));

    assertThatThrownBy(
            () ->
                Readiness.await(
                    "Cassandra", "127.0.0.1:9142", started, Duration.ofSeconds(1), () -> false))
        .isInstanceOf(LocalServiceException.class)
        .hasMessage(
            "Cassandra did not become ready on 127.0.0.1:9142 within 1 s; see "
                + started.logFile()
                + ". On a slow or busy machine, allow more time with"
                + " MF_SERVICES_TIMEOUT_SECONDS=<seconds>.");
  }
}
