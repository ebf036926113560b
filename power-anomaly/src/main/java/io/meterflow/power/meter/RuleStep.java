package io.meterflow.power.meter;

import java.util.Objects;

/**
 * What a stateful rule made of one step of data: its verdict, and its state afterwards (null when
 * it has nothing left to remember).
 */
public record RuleStep<S>(Verdict verdict, S state) {

  public RuleStep {
    Objects.requireNonNull(verdict, "verdict");
  }
}
