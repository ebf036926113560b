package io.meterflow.jobs.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HostPortTest {

  @Test
  void shouldParseHostAndPort() {
    HostPort address = HostPort.parse("127.0.0.1:9042");

    assertThat(address).isEqualTo(new HostPort("127.0.0.1", 9042));
    assertThat(address).hasToString("127.0.0.1:9042");
  }

  @Test
  void shouldRefuseAnAddressWithoutAPort() {
    assertThatThrownBy(() -> HostPort.parse("127.0.0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expected host:port, got '127.0.0.1'");
    assertThatThrownBy(() -> HostPort.parse("127.0.0.1:x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expected host:port, got '127.0.0.1:x'");
  }
}
