package io.meterflow.jobs.bench;

/**
 * How long dedup-and-periodize took to read every reading of the backlog.
 *
 * @param fromSubmission seconds from the submission of the two jobs (start-up included)
 * @param fromFirstRead seconds from its first reading to its last
 */
record CatchUpTimes(double fromSubmission, double fromFirstRead) {}
