package io.meterflow.jobs.bench;

/**
 * The size of a full checkpoint taken during a throughput run.
 *
 * @param historyHours event time the fleet had covered when the checkpoint was taken
 * @param stateBytes the checkpoint's size, all operators
 * @param countedStateBytes the part of it that is the counted operators' state
 */
public record StateSample(double historyHours, long stateBytes, long countedStateBytes) {}
