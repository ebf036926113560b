package io.meterflow.jobs.backfill;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.jobs.cli.Command;
import io.meterflow.jobs.cli.UsageException;
import io.meterflow.jobs.config.ConfigException;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.files.PayloadFormat;
import io.meterflow.normalizer.NormalizerSettings;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;

/**
 * {@code meterflow backfill --input PATH --format FORMAT --output-dir DIR [--devices FILE]
 * [--timezone ZONE] [--profiles FILE] [--config FILE] [key=value ...]}: the suite's topologies in
 * Flink's BATCH mode over files ({@link BackfillJob}), for backfills and reprocessing. Writes one
 * folder of JSON lines per output and prints a summary ({@link BackfillReport}).
 */
public final class BackfillCommand implements Command {

  private final PrintStream out;

  public BackfillCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String description() {
    return BackfillArguments.USAGE + "  the jobs in BATCH mode over files, to JSON lines";
  }

  @Override
  public int run(List<String> args) throws Exception {
    backfill(args).print(out);
    return 0;
  }

  /** Runs the backfill of the arguments and returns its report. */
  BackfillReport backfill(List<String> args) throws Exception {
    BackfillArguments arguments = BackfillArguments.parse(args);
    Configuration jobConfiguration;
    PayloadFormat format;
    try {
      jobConfiguration =
          MeterflowConfig.fromArguments(arguments.settings().toArray(String[]::new))
              .jobConfiguration();
      format =
          PayloadFormat.of(
              arguments.format(), NormalizerSettings.from(jobConfiguration).csvProfiles());
    } catch (ConfigException | IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    checkOutputsAbsent(arguments.outputDir());
    List<DeviceInfo> devices =
        arguments.devices() == null ? List.of() : DeviceFile.read(arguments.devices());

    long started = System.nanoTime();
    JobExecutionResult result =
        new BackfillJob(arguments.input(), format, arguments.outputDir(), devices, jobConfiguration)
            .run();
    return BackfillReport.of(
        result,
        AlarmTally.of(arguments.outputDir().resolve(BackfillOutput.ALARMS.folder())),
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** A rerun into the same folder would mix two runs' files; the user chooses what to keep. */
  private static void checkOutputsAbsent(Path outputDir) {
    for (BackfillOutput output : BackfillOutput.values()) {
      Path folder = outputDir.resolve(output.folder());
      if (Files.exists(folder)) {
        throw new UsageException(
            folder + " already exists: give an empty --output-dir, or remove the previous output");
      }
    }
  }
}
