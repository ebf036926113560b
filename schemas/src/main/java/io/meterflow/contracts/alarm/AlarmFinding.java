package io.meterflow.contracts.alarm;

import io.meterflow.contracts.AlarmSeverity;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule found at one point in event time: how serious, one sentence for an operator, and the
 * numbers that justify it.
 */
public record AlarmFinding(AlarmSeverity severity, String message, Map<String, Double> evidence) {

  public AlarmFinding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    evidence = Map.copyOf(evidence);
  }
}
