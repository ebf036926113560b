package io.meterflow.jobs.normalizer;

import java.time.Duration;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/**
 * The watched directory of CSV drops (third-party SCADA exports, manual uploads): the third input
 * of the ingest-normalizer job besides its two Kafka topics. Set as {@code job.normalizer.csv.*}.
 */
public final class CsvDropOptions {

  public static final ConfigOption<String> DIRECTORY =
      ConfigOptions.key("normalizer.csv.dir")
          .stringType()
          .noDefaultValue()
          .withDescription(
              "Directory watched for CSV files, as a path or a URI of any Flink filesystem"
                  + " (s3://..., file:///...). Each new file is read once, streamed. Unset: no CSV"
                  + " input.");

  public static final ConfigOption<String> PROFILE =
      ConfigOptions.key("normalizer.csv.profile")
          .stringType()
          .noDefaultValue()
          .withDescription(
              "CSV profile of the files in the directory: a built-in one (daiad-csv) or one of"
                  + " normalizer.csv-profiles-file.");

  public static final ConfigOption<Duration> DISCOVERY_INTERVAL =
      ConfigOptions.key("normalizer.csv.discovery-interval")
          .durationType()
          .defaultValue(Duration.ofSeconds(10))
          .withDescription("How often the directory is listed for new files.");

  private CsvDropOptions() {}
}
