package io.meterflow.jobs.backfill;

import io.meterflow.jobs.cli.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of {@code meterflow backfill}: the command's own options, and {@code --config FILE}
 * and {@code key=value} settings for the configuration. {@code --timezone} and {@code --profiles}
 * are short forms of settings of the job modules, and win over the same settings given otherwise.
 *
 * @param input a file, a folder of files, or a .zip archive of CSV files
 * @param format {@code daiad-csv} or another CSV profile, {@code webapi-json} or {@code
 *     headend-avro}
 * @param outputDir where the output folders are written
 * @param devices JSON lines of DeviceInfo, or null
 * @param settings {@code --config FILE} and {@code key=value} arguments for MeterflowConfig
 */
record BackfillArguments(
    Path input, String format, Path outputDir, Path devices, List<String> settings) {

  static final String USAGE =
      "--input PATH --format FORMAT --output-dir DIR [--devices FILE] [--timezone ZONE]"
          + " [--profiles FILE] [--config FILE] [key=value ...]";

  private static final Set<String> ZONE_KEYS =
      Set.of(
          "job.normalizer.default-timezone",
          "job.periodize.default-timezone",
          "job.leak.default-timezone",
          "job.power.default-timezone");
  private static final String PROFILES_KEY = "job.normalizer.csv-profiles-file";
  private static final Set<String> OPTIONS =
      Set.of("--input", "--format", "--output-dir", "--devices", "--timezone", "--profiles");

  static BackfillArguments parse(List<String> args) {
    Map<String, String> options = new HashMap<>();
    List<String> settings = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (OPTIONS.contains(arg) || arg.equals("--config")) {
        if (i + 1 == args.size()) {
          throw new UsageException(arg + " needs a value; usage: backfill " + USAGE);
        }
        String value = args.get(++i);
        if (arg.equals("--config")) {
          settings.add(arg);
          settings.add(value);
        } else {
          options.put(arg, value);
        }
      } else if (arg.startsWith("--")) {
        throw new UsageException("unknown option " + arg + "; usage: backfill " + USAGE);
      } else {
        settings.add(arg);
      }
    }
    String timezone = options.get("--timezone");
    if (timezone != null) {
      ZONE_KEYS.stream().sorted().forEach(key -> settings.add(key + "=" + timezone));
    }
    String profiles = options.get("--profiles");
    if (profiles != null) {
      settings.add(PROFILES_KEY + "=" + existingFile(profiles, "--profiles"));
    }
    String devices = options.get("--devices");
    return new BackfillArguments(
        existing(required(options, "--input"), "--input"),
        required(options, "--format"),
        Path.of(required(options, "--output-dir")),
        devices == null ? null : existingFile(devices, "--devices"),
        List.copyOf(settings));
  }

  private static String required(Map<String, String> options, String option) {
    String value = options.get(option);
    if (value == null) {
      throw new UsageException("missing " + option + "; usage: backfill " + USAGE);
    }
    return value;
  }

  private static Path existing(String path, String option) {
    Path file = Path.of(path);
    if (!Files.exists(file)) {
      throw new UsageException(option + " " + path + " does not exist");
    }
    return file;
  }

  private static Path existingFile(String path, String option) {
    Path file = existing(path, option);
    if (!Files.isRegularFile(file)) {
      throw new UsageException(option + " " + path + " is not a file");
    }
    return file;
  }
}
