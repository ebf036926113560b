package io.meterflow.power.reverse;

/**
 * The export register's rise on a meter without registered generation, while an episode is open.
 *
 * @param lastRiseEnd end of the last interval in which the register rose (epoch ms)
 * @param exportedKwh energy exported since the episode began
 */
public record ReverseFlowState(long lastRiseEnd, double exportedKwh) {}
