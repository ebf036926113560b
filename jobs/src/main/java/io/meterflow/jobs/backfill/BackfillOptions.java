package io.meterflow.jobs.backfill;

import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/** Settings of the backfill itself, under {@code job.} like the job modules' settings. */
public final class BackfillOptions {

  public static final ConfigOption<Integer> PARALLELISM =
      ConfigOptions.key("backfill.parallelism")
          .intType()
          .noDefaultValue()
          .withDescription(
              "Parallelism of the local backfill job (job.backfill.parallelism=4); default: the"
                  + " number of processors.");

  private BackfillOptions() {}
}
