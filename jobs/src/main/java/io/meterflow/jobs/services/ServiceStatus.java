package io.meterflow.jobs.services;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@code services status} reports for one service: the process we started (if it still runs),
 * the address from the endpoints file, and whether the service answers there.
 */
public record ServiceStatus(
    ServiceKind kind, OptionalLong pid, Optional<String> address, boolean answers) {

  public boolean running() {
    return pid.isPresent();
  }
}
