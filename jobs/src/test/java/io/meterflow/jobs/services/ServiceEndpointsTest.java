package io.meterflow.jobs.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceEndpointsTest {
  private static final ServiceEndpoints ENDPOINTS =
      new ServiceEndpoints(
          "127.0.0.1:39092",
          "http://127.0.0.1:38080/apis/ccompat/v7",
          "127.0.0.1:39042",
          "datacenter1");

  @TempDir Path folder;

  @Test
  void shouldReadBackWhatItWrote() throws IOException {
    Path file = folder.resolve("nested").resolve("endpoints.properties");

    ENDPOINTS.writeTo(file);

    assertThat(ServiceEndpoints.readFrom(file)).isEqualTo(ENDPOINTS);
  }

  @Test
  void shouldWriteOneKeyPerEndpointUnescaped() throws IOException {
    Path file = folder.resolve("endpoints.properties");

    ENDPOINTS.writeTo(file);

    assertThat(Files.readAllLines(file))
        .containsExactly(
            "# Endpoints of the local services started by `meterflow services start`.",
            "kafka.bootstrap.servers=127.0.0.1:39092",
            "registry.url=http://127.0.0.1:38080/apis/ccompat/v7",
            "cassandra.contact-points=127.0.0.1:39042",
            "cassandra.local-datacenter=datacenter1");
  }

  @Test
  void shouldNameTheMissingKeyAndTheFile() throws IOException {
    Path file = folder.resolve("endpoints.properties");
    Files.writeString(file, "kafka.bootstrap.servers=127.0.0.1:1\nregistry.url=http://x\n");

    assertThatThrownBy(() -> ServiceEndpoints.readFrom(file))
        .isInstanceOf(LocalServiceException.class)
        .hasMessage(
            file
                + " has no cassandra.contact-points; it was not written by `meterflow services"
                + " start`, or was edited. Restart the services with `bin/meterflow services stop`"
                + " and `bin/meterflow services start`.");
  }

  @Test
  void shouldGiveTheAddressesAsHostAndPort() {
    assertThat(ENDPOINTS.kafkaAddress()).isEqualTo(new HostPort("127.0.0.1", 39092));
    assertThat(ENDPOINTS.cassandraAddress()).isEqualTo(new HostPort("127.0.0.1", 39042));
  }

  @Test
  void shouldRefuseABlankEndpoint() {
    assertThatThrownBy(() -> new ServiceEndpoints("127.0.0.1:1", " ", "127.0.0.1:2", "dc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a usable endpoint: ' '");
  }
}
