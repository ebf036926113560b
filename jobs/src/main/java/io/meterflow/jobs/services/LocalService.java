package io.meterflow.jobs.services;

import java.io.IOException;
import java.time.Duration;

/** One of the local services: it starts its JVM in its folder and waits until it answers. */
interface LocalService {

  ServiceKind kind();

  StartedService start(ServiceFolder folder, FreePorts ports, Duration readyTimeout)
      throws IOException, InterruptedException;
}
