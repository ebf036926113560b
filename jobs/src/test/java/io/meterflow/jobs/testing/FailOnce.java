package io.meterflow.jobs.testing;

import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.functions.RuntimeContext;

/**
 * Passes records through, and fails the task once, in its first attempt, at the record the
 * predicate picks: the failure a test's job recovers from.
 */
public final class FailOnce<T> extends RichMapFunction<T, T> {

  private static final long serialVersionUID = 1L;

  /** Which record fails the first attempt. */
  @FunctionalInterface
  public interface Trigger<T> extends java.io.Serializable {
    boolean test(T record);
  }

  private final Trigger<T> trigger;

  public FailOnce(Trigger<T> trigger) {
    this.trigger = trigger;
  }

  @Override
  public T map(T record) {
    RuntimeContext context = getRuntimeContext();
    if (context.getTaskInfo().getAttemptNumber() == 0 && trigger.test(record)) {
      throw new IllegalStateException("Injected failure at " + record);
    }
    return record;
  }
}
