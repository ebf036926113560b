package io.meterflow.jobs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The load average of the machine, reported with every figure since the machine is shared. */
final class MachineLoad {

  private MachineLoad() {}

  /** The one-minute load average from /proc/loadavg, or NaN where there is none. */
  static double oneMinute() {
    try {
      String line = Files.readString(Path.of("/proc/loadavg"));
      return Double.parseDouble(line.substring(0, line.indexOf(' ')));
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
