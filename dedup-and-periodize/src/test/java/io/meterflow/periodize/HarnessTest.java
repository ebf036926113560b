package io.meterflow.periodize;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;

/** A test of operators in harnesses, each closed after the test. */
public abstract class HarnessTest {

  private final List<AbstractStreamOperatorTestHarness<?>> harnesses = new ArrayList<>();

  /** Opens the harness and closes it after the test. */
  protected <H extends AbstractStreamOperatorTestHarness<?>> H opened(H harness) throws Exception {
    harness.open();
    harnesses.add(harness);
    return harness;
  }

  @AfterEach
  void closeHarnesses() throws Exception {
    for (AbstractStreamOperatorTestHarness<?> harness : harnesses) {
      harness.close();
    }
  }
}
