package io.meterflow.periodize.lateness;

import java.io.Serializable;
import java.time.Duration;

/**
 * When a reading is too late to be merged: further behind the watermark than the allowed lateness.
 * Such a reading goes to the late output (and the readings table), never silently dropped; a
 * reading late by less is merged and restates the intervals it changes.
 */
public final class LatenessPolicy implements Serializable {

  private final long allowedLatenessMillis;

  public LatenessPolicy(Duration allowedLateness) {
    this.allowedLatenessMillis = allowedLateness.toMillis();
  }

  /** The earliest reading time that can still be merged at this watermark. */
  public long mergeableFrom(long watermark) {
    // Before the first watermark (Long.MIN_VALUE) everything is mergeable; avoid the underflow.
    return watermark < Long.MIN_VALUE + allowedLatenessMillis
        ? Long.MIN_VALUE
        : watermark - allowedLatenessMillis;
  }

  public boolean isTooLate(long readingTime, long watermark) {
    return readingTime < mergeableFrom(watermark);
  }
}
