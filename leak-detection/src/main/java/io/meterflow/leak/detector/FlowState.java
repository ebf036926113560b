package io.meterflow.leak.detector;

import io.meterflow.leak.burst.BurstState;
import io.meterflow.leak.continuousflow.ContinuousFlowState;
import io.meterflow.leak.nightflow.NightFlowState;

/**
 * What the flow rules remember of one meter, in one value so that a step reads and writes state
 * once. A Flink POJO, kept in keyed state.
 */
public class FlowState {

  public ContinuousFlowState continuousFlow = new ContinuousFlowState();
  public BurstState burst = new BurstState();
  public NightFlowState nightFlow = new NightFlowState();

  /** End of the latest hourly interval processed (epoch ms): later statements are restatements. */
  public long lastHourEnd = Long.MIN_VALUE;

  /** End of the latest 15-minute interval processed (epoch ms). */
  public long lastQuarterHourEnd = Long.MIN_VALUE;

  public FlowState() {}
}
