package io.meterflow.power.voltage;

import io.meterflow.contracts.Register;

/** The running sum of one phase's voltage readings in a window, and whose they are. */
public record VoltageSum(
    String tenant, String meterId, Register phase, double sumVolts, long count) {

  static VoltageSum empty() {
    return new VoltageSum(null, null, null, 0, 0);
  }

  VoltageSum plus(String tenant, String meterId, Register phase, double volts) {
    return new VoltageSum(tenant, meterId, phase, sumVolts + volts, count + 1);
  }

  VoltageSum merge(VoltageSum other) {
    VoltageSum named = tenant != null ? this : other;
    return new VoltageSum(
        named.tenant, named.meterId, named.phase, sumVolts + other.sumVolts, count + other.count);
  }
}
