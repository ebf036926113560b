package io.meterflow.jobs.simulate;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.input.HeadEndReading;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Writes a simulation to a directory: {@code devices.jsonl}, {@code headend.avro} (an Avro
 * container file of HeadEndReading), {@code webapi.jsonl}, {@code csv/*.csv} with their profile in
 * {@code csv-profiles.yaml}, and {@code ground-truth.jsonl}. The container file's sync marker comes
 * from the seed, so the same seed gives the same bytes.
 */
public final class OutputDirectorySink implements SimulationSink {

  public static final String DEVICES = "devices.jsonl";
  public static final String HEAD_END = "headend.avro";
  public static final String WEB_API = "webapi.jsonl";
  public static final String CSV_DIR = "csv";
  public static final String GROUND_TRUTH = "ground-truth.jsonl";

  private static final int SYNC_BYTES = 16;

  private final RecordJson json = new RecordJson();
  private final BufferedWriter devices;
  private final BufferedWriter webApi;
  private final BufferedWriter groundTruth;
  private final DataFileWriter<HeadEndReading> headEnd;
  private final CsvFiles csv;

  public OutputDirectorySink(Path directory, long seed) throws IOException {
    Files.createDirectories(directory);
    this.devices = writer(directory.resolve(DEVICES));
    this.webApi = writer(directory.resolve(WEB_API));
    this.groundTruth = writer(directory.resolve(GROUND_TRUTH));
    byte[] sync = new byte[SYNC_BYTES];
    new SplittableRandom(seed).nextBytes(sync);
    this.headEnd =
        new DataFileWriter<>(new SpecificDatumWriter<>(HeadEndReading.class))
            .create(
                HeadEndReading.getClassSchema(),
                Files.newOutputStream(directory.resolve(HEAD_END)),
                sync);
    this.csv = new CsvFiles(directory.resolve(CSV_DIR));
  }

  static BufferedWriter writer(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  static void line(BufferedWriter writer, String line) throws IOException {
    writer.write(line);
    writer.write('\n');
  }

  @Override
  public void groundTruth(InjectedFault fault) throws IOException {
    line(groundTruth, json.fault(fault));
  }

  @Override
  public void device(DeviceInfo device) throws IOException {
    line(devices, json.avro(device));
  }

  @Override
  public void headEnd(HeadEndReading reading) throws IOException {
    headEnd.append(reading);
  }

  @Override
  public void webApiJson(String meterKey, String line) throws IOException {
    line(webApi, line);
  }

  @Override
  public void csvRow(String fileName, String line) throws IOException {
    csv.row(fileName, line);
  }

  @Override
  public void close() throws IOException {
    try (csv;
        devices;
        webApi;
        groundTruth;
        headEnd) {
      // try-with-resources closes them all, in reverse order, and reports the first failure.
    }
  }
}
