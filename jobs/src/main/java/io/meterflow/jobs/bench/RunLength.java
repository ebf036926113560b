package io.meterflow.jobs.bench;

import java.time.Duration;

/**
 * How long a throughput run lasts.
 *
 * @param warmUp how long the job runs before the measurement starts
 * @param measure how long the throughput measurement lasts
 * @param maxRun how long the whole run may last: after the measurement it goes on until the fleet
 *     has passed the last of {@link StateMarks#HISTORY}, or until then, whichever comes first
 */
public record RunLength(Duration warmUp, Duration measure, Duration maxRun) {}
