package io.meterflow.contracts.testing;

import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;

/** Looks into a keyed operator's state in a test harness, one named state at a time. */
public final class KeyedStateProbe {

  private KeyedStateProbe() {}

  /** The keys that have an entry in the operator's keyed state of this name. */
  public static List<String> keysIn(AbstractStreamOperator<?> operator, String stateName)
      throws Exception {
    try (Stream<String> keys =
        operator.<String>getKeyedStateBackend().getKeys(stateName, VoidNamespace.INSTANCE)) {
      return keys.sorted().toList();
    }
  }
}
