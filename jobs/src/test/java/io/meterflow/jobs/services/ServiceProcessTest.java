package io.meterflow.jobs.services;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.jobs.services.ServiceProcess.StopOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {
  @TempDir Path servicesRoot;
  @RegisterExtension final FakeServiceJvm fakes = new FakeServiceJvm();

  @Test
  void shouldRecordThePidAndRecogniseItsOwnProcess() throws Exception {
    ServiceFolder folder = new ServiceFolder("fake", servicesRoot);

    ServiceProcess started = fakes.start(folder);

    assertThat(folder.recordedPid()).contains(started.pid());
    assertThat(folder.runningProcess().map(ProcessHandle::pid)).contains(started.pid());
    assertThat(FakeServiceJvm.argumentsOf(started.pid()))
        .startsWith("-Dmeterflow.local-service=fake@" + servicesRoot);
  }

  @Test
  void shouldStopWithSigtermAndForgetThePid() throws Exception {
    ServiceFolder folder = new ServiceFolder("fake", servicesRoot);
    ServiceProcess started = fakes.start(folder);

    StopOutcome outcome = started.stop(Duration.ofSeconds(30));

    assertThat(outcome).isEqualTo(StopOutcome.TERMINATED);
    assertThat(started.isAlive()).isFalse();
    assertThat(folder.pidFile()).doesNotExist();
    assertThat(folder.runningProcess()).isEmpty();
  }

  @Test
  void shouldKillAProcessThatIgnoresSigterm() throws Exception {
    ServiceFolder folder = new ServiceFolder("stubborn", servicesRoot);
    ServiceProcess started = fakes.start(folder, "ignore-sigterm");

    StopOutcome outcome = started.stop(Duration.ofSeconds(1));

    assertThat(outcome).isEqualTo(StopOutcome.KILLED);
    assertThat(started.isAlive()).isFalse();
  }

  @Test
  void shouldNotClaimAProcessItDidNotStart() throws IOException {
    ServiceFolder folder = new ServiceFolder("kafka", servicesRoot);
    folder.reset();
    // A PID file naming a live process without our marker, as after a reboot reuses the PID.
    Files.writeString(folder.pidFile(), ProcessHandle.current().pid() + "\n");

    assertThat(folder.recordedPid()).contains(ProcessHandle.current().pid());
    assertThat(folder.runningProcess()).isEmpty();
  }

  @Test
  void shouldNotClaimTheProcessOfAnotherServicesFolder() throws Exception {
    ServiceFolder folder = new ServiceFolder("fake", servicesRoot.resolve("one"));
    ServiceProcess started = fakes.start(folder);
    ServiceFolder other = new ServiceFolder("fake", servicesRoot.resolve("two"));
    other.reset();
    Files.writeString(other.pidFile(), started.pid() + "\n");

    assertThat(other.runningProcess()).isEmpty();
  }
}
