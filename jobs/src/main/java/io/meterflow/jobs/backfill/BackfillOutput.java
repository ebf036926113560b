package io.meterflow.jobs.backfill;

/** The folders a backfill writes, one per output of the suite's topics, in reporting order. */
enum BackfillOutput {
  NORMALIZED("readings.normalized"),
  REJECTED("readings.rejected"),
  LATE("readings.late"),
  INTERVALS("readings.intervals"),
  AGGREGATES("aggregates"),
  ALARMS("alarms");

  private final String folder;

  BackfillOutput(String folder) {
    this.folder = folder;
  }

  /** The folder under the output directory, also the name of the output's record counter. */
  String folder() {
    return folder;
  }
}
