package io.meterflow.leak.daiad;

import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.testing.ContractFixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;

/**
 * The DAIAD smart water meter trial A (DAIAD trial data, CC-BY-SA 4.0): real cumulative reads of 92
 * households in Spain, read straight from the zip, and turned into hourly intervals the simple way.
 * The real periodizer lives in dedup-and-periodize; this stand-in only has to be plausible: the
 * volume between two reads is spread evenly over the time between them, and an hour is MEASURED
 * when the reads around it are at most 2 h apart, INTERPOLATED up to 6 h, ESTIMATED beyond, INVALID
 * across a register that went down.
 */
final class DaiadTrial {

  static final String TENANT = "daiad";

  private static final String ZIP = "daiad-swm-trialA/swm_trialA.zip";
  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
  private static final long HOUR = Duration.ofHours(1).toMillis();
  private static final long MEASURED_GAP = Duration.ofHours(2).toMillis();
  private static final long INTERPOLATED_GAP = Duration.ofHours(6).toMillis();

  /** The reads of each household: epoch ms and register in litres, in file order. */
  private final Map<String, List<long[]>> reads;

  private final int unparseableRows;

  private DaiadTrial(Map<String, List<long[]>> reads, int unparseableRows) {
    this.reads = reads;
    this.unparseableRows = unparseableRows;
  }

  /** The data from env MF_DAIAD_DATA (the folder or the zip) or beside the checkout. */
  static Optional<Path> locate() {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getenv("MF_DAIAD_DATA");
    if (configured != null) {
      Path path = Path.of(configured);
      candidates.add(Files.isDirectory(path) ? path.resolve("swm_trialA.zip") : path);
    }
    // Tests run in the module folder; the data sits beside the repository root.
    candidates.add(Path.of("..", "..", "shared", "data").resolve(ZIP));
    candidates.add(Path.of("..", "shared", "data").resolve(ZIP));
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }

  static DaiadTrial read(Path zip) throws IOException {
    Map<String, List<long[]>> reads = new TreeMap<>();
    int unparseable = 0;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      if (in.getNextEntry() == null) {
        throw new IOException(zip + " holds no file");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line = lines.readLine();
      while ((line = lines.readLine()) != null) {
        String[] fields = line.split(";");
        try {
          long time =
              LocalDateTime.parse(fields[1], TIME).atZone(MADRID).toInstant().toEpochMilli();
          long litres = Long.parseLong(fields[2]);
          reads.computeIfAbsent(fields[0], k -> new ArrayList<>()).add(new long[] {time, litres});
        } catch (DateTimeParseException
            | NumberFormatException
            | ArrayIndexOutOfBoundsException e) {
          unparseable++;
        }
      }
    }
    return new DaiadTrial(reads, unparseable);
  }

  List<String> households() {
    return new ArrayList<>(reads.keySet());
  }

  int readCount() {
    return reads.values().stream().mapToInt(List::size).sum();
  }

  int unparseableRows() {
    return unparseableRows;
  }

  /** The household's hourly intervals (UTC hours), in time order. */
  List<IntervalConsumption> hourlyIntervals(String household) {
    List<long[]> ordered = new ArrayList<>(reads.get(household));
    ordered.sort((a, b) -> Long.compare(a[0], b[0]));
    TreeMap<Long, double[]> hours = new TreeMap<>();
    long[] previous = null;
    for (long[] read : ordered) {
      if (previous != null && read[0] > previous[0]) {
        spread(previous, read, hours);
      }
      if (previous == null || read[0] > previous[0]) {
        previous = read;
      }
    }
    List<IntervalConsumption> intervals = new ArrayList<>();
    long first = Math.floorDiv(ordered.get(0)[0] + HOUR - 1, HOUR);
    long last = Math.floorDiv(previous[0], HOUR);
    for (Map.Entry<Long, double[]> hour : hours.subMap(first, last).entrySet()) {
      IntervalQuality quality = IntervalQuality.values()[(int) hour.getValue()[1]];
      double m3 = quality == IntervalQuality.INVALID ? 0 : hour.getValue()[0] / 1000;
      intervals.add(
          ContractFixtures.hourlyWater(Instant.ofEpochMilli(hour.getKey() * HOUR), m3)
              .setTenant(TENANT)
              .setMeterId(household)
              .setQuality(quality)
              .build());
    }
    return intervals;
  }

  /** Spreads the litres between two reads over the hours between them, by overlap. */
  private static void spread(long[] from, long[] to, TreeMap<Long, double[]> hours) {
    long gap = to[0] - from[0];
    long litres = to[1] - from[1];
    IntervalQuality quality =
        litres < 0
            ? IntervalQuality.INVALID
            : gap <= MEASURED_GAP
                ? IntervalQuality.MEASURED
                : gap <= INTERPOLATED_GAP
                    ? IntervalQuality.INTERPOLATED
                    : IntervalQuality.ESTIMATED;
    for (long hour = Math.floorDiv(from[0], HOUR); hour * HOUR < to[0]; hour++) {
      long overlap = Math.min(to[0], (hour + 1) * HOUR) - Math.max(from[0], hour * HOUR);
      double[] slot = hours.computeIfAbsent(hour, h -> new double[] {0, 0});
      slot[0] += Math.max(0, litres) * (double) overlap / gap;
      slot[1] = Math.max(slot[1], quality.ordinal());
    }
  }
}
