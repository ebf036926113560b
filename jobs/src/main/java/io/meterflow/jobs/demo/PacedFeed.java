package io.meterflow.jobs.demo;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.jobs.simulate.InjectedFault;
import io.meterflow.jobs.simulate.SimulationSink;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Feeds a simulation to the running suite in event-time order, one step of simulated time at a
 * time, as a fleet's head-ends deliver it: the step's Kafka records, then the step's CSV rows as
 * files of their own (each moved whole into the watched directory, so the normalizer never reads a
 * file half-written), then it waits until the normalizer has read all of it before the next step.
 * Fed all at once, the normalizer would read its three inputs at different speeds and write
 * readings days out of time order; event time downstream would run ahead and most readings would be
 * late.
 *
 * <p>A step's CSV rows of one tenant and day go to a file of their own ({@code
 * <tenant>-<day>-<step>.csv}, with the header): the meters of a daily file then reach the suite in
 * time order, as the other meters do, and not a day's readings at once.
 */
final class PacedFeed implements SimulationSink {

  /** Waits until the normalizer has read the records fed so far. */
  @FunctionalInterface
  interface ReadBarrier {
    void awaitRead(Instant time, long records) throws IOException, InterruptedException;
  }

  private final SimulationSink kafka;
  private final Path csvDir;
  private final Path staging;
  private final Duration step;
  private final ReadBarrier barrier;
  private final Map<String, String> headers = new HashMap<>();
  private final Map<String, List<String>> csvRows = new LinkedHashMap<>();
  private long fed;
  private int drops;

  /**
   * @param kafka the sink of the Kafka records (CSV rows do not reach it)
   * @param csvDir the directory the normalizer watches
   * @param step the simulated time between two waits; it must divide a day
   */
  PacedFeed(SimulationSink kafka, Path csvDir, Duration step, ReadBarrier barrier)
      throws IOException {
    this.kafka = kafka;
    this.csvDir = csvDir;
    // Next to the watched directory, on the same file system, so that a move is atomic.
    this.staging =
        Files.createDirectories(csvDir.resolveSibling(csvDir.getFileName() + ".staging"));
    Files.createDirectories(csvDir);
    this.step = step;
    this.barrier = barrier;
  }

  /** The records fed so far: Kafka records and CSV lines, headers included. */
  long fed() {
    return fed;
  }

  @Override
  public void groundTruth(InjectedFault fault) throws IOException {
    kafka.groundTruth(fault);
  }

  @Override
  public void device(DeviceInfo device) throws IOException {
    kafka.device(device);
  }

  @Override
  public void headEnd(HeadEndReading reading) throws IOException {
    fed++;
    kafka.headEnd(reading);
  }

  @Override
  public void webApiJson(String meterKey, String line) throws IOException {
    fed++;
    kafka.webApiJson(meterKey, line);
  }

  @Override
  public void csvRow(String fileName, String line) throws IOException {
    // The simulation sends each file's header once, as its first line: every part repeats it.
    if (headers.putIfAbsent(fileName, line) == null) {
      return;
    }
    csvRows
        .computeIfAbsent(
            fileName,
            name -> {
              fed++;
              return new ArrayList<>(List.of(headers.get(name)));
            })
        .add(line);
    fed++;
  }

  @Override
  public void advanced(Instant time) throws IOException {
    if (time.toEpochMilli() % step.toMillis() != 0) {
      return;
    }
    dropCsv();
    try {
      barrier.awaitRead(time, fed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while the normalizer caught up");
    }
  }

  private void dropCsv() throws IOException {
    for (Map.Entry<String, List<String>> file : csvRows.entrySet()) {
      String name =
          file.getKey().replaceFirst("\\.csv$", String.format(Locale.ROOT, "-%04d.csv", drops));
      Path staged = staging.resolve(name);
      Files.write(staged, file.getValue(), StandardCharsets.UTF_8);
      Files.move(staged, csvDir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
    csvRows.clear();
    drops++;
  }

  /** Drops the last CSV rows and closes the Kafka sink; the caller waits for the drain. */
  @Override
  public void close() throws IOException {
    try (kafka) {
      dropCsv();
    }
  }
}
