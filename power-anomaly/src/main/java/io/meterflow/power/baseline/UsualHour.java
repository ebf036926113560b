package io.meterflow.power.baseline;

/**
 * What an hour is judged against: the meter's usual consumption for it and how far it usually
 * strays, from the baseline that judges it.
 *
 * @param kind the baseline that gave them
 * @param level the usual consumption (kWh)
 * @param usualDeviation the usual absolute deviation from the level (kWh)
 */
public record UsualHour(BaselineKind kind, double level, double usualDeviation) {}
