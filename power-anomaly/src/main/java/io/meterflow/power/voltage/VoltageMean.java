package io.meterflow.power.voltage;

import io.meterflow.contracts.Register;

/**
 * The mean voltage of one phase of a meter over one window ({@code power.voltage.window}, 10
 * minutes by default).
 *
 * @param windowStart epoch ms, inclusive
 * @param windowEnd epoch ms, exclusive
 * @param samples readings the mean is over
 */
public record VoltageMean(
    String tenant,
    String meterId,
    Register phase,
    long windowStart,
    long windowEnd,
    double meanVolts,
    long samples) {}
