package io.meterflow.power.baseline;

import io.meterflow.power.meter.RuleStep;
import java.util.Map;

/**
 * What {@link BaselineDeviationRule} made of one hour: its step, and the parameters an alarm raised
 * by it records (naming the baseline that judged the hour; empty for an hour nothing judged, which
 * raises nothing).
 */
public record BaselineStep(RuleStep<DeviationRun> step, Map<String, String> parameters) {

  public BaselineStep {
    parameters = Map.copyOf(parameters);
  }
}
