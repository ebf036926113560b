package io.meterflow.periodize.dedup;

/** What a reading did to its series. */
public enum ReadOutcome {
  /** A slot without a read: accepted. */
  NEW,
  /** The same value for a slot that has one: dropped and counted. */
  DUPLICATE,
  /** A different value for a slot that has one: accepted, replaces the earlier value. */
  CORRECTION
}
