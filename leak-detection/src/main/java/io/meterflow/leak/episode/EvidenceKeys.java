package io.meterflow.leak.episode;

/** Names of the numbers in a water alarm's evidence, shared by the rules and their readers. */
public final class EvidenceKeys {

  /** Water lost since the condition began, as far as the rule can tell (m3). */
  public static final String LEAKED_VOLUME_M3 = "estimatedLeakedVolumeM3";

  /** The least flow observed while the condition held: a lower bound of the leak (m3/h). */
  public static final String MINIMUM_FLOW_M3_PER_H = "minimumFlowM3PerH";

  /** Hours since the last hour at standstill (continuous flow). */
  public static final String HOURS_WITHOUT_STANDSTILL = "hoursWithoutStandstill";

  /** Minutes the flow has stayed above the burst threshold. */
  public static final String DURATION_MINUTES = "durationMinutes";

  /** Consecutive nights with a minimum flow above the threshold. */
  public static final String FLOWING_NIGHTS = "flowingNights";

  /** Hours a meter has been reporting an info code. */
  public static final String HOURS_REPORTED = "hoursReported";

  private EvidenceKeys() {}
}
