package io.meterflow.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.jobs.simulate.InjectedFault;
import io.meterflow.jobs.simulate.SimulationSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacedFeedTest {

  private static final Instant MIDNIGHT = Instant.parse("2024-10-24T00:00:00Z");
  private static final String HEADER = "tenant,meterId,timestamp,value,unit,register";

  @TempDir Path runDir;

  private final List<String> calls = new ArrayList<>();

  @Test
  void shouldWaitAtEachStepForEverythingFedSoFar() throws IOException {
    Path csvDir = runDir.resolve("csv");
    try (PacedFeed feed = feed(csvDir)) {
      feed.webApiJson("t|m1", "{\"a\":1}");
      feed.csvRow("t-20241024.csv", HEADER);
      feed.csvRow("t-20241024.csv", "row 1");
      feed.advanced(MIDNIGHT.plus(Duration.ofMinutes(15)));
      feed.advanced(MIDNIGHT.plus(Duration.ofHours(1)));
      feed.webApiJson("t|m1", "{\"a\":2}");
      feed.advanced(MIDNIGHT.plus(Duration.ofHours(2)));

      assertThat(calls)
          .containsExactly(
              "json t|m1 {\"a\":1}",
              "await 2024-10-24T01:00:00Z 3",
              "json t|m1 {\"a\":2}",
              "await 2024-10-24T02:00:00Z 4");
      assertThat(feed.fed()).isEqualTo(4);
    }
  }

  @Test
  void shouldDropEachStepsCsvRowsAsAFileOfItsOwnWithTheHeader() throws IOException {
    Path csvDir = runDir.resolve("csv");
    try (PacedFeed feed = feed(csvDir)) {
      feed.csvRow("t-20241024.csv", HEADER);
      feed.csvRow("t-20241024.csv", "row 1");
      feed.advanced(MIDNIGHT.plus(Duration.ofMinutes(45)));
      assertThat(files(csvDir)).isEmpty();

      feed.advanced(MIDNIGHT.plus(Duration.ofHours(1)));
      feed.csvRow("t-20241024.csv", "row 2");
      feed.csvRow("u-20241024.csv", HEADER);
      feed.csvRow("u-20241024.csv", "row 3");
      feed.advanced(MIDNIGHT.plus(Duration.ofHours(2)));
      feed.advanced(MIDNIGHT.plus(Duration.ofHours(3)));

      assertThat(files(csvDir))
          .containsExactly("t-20241024-0000.csv", "t-20241024-0001.csv", "u-20241024-0001.csv");
      assertThat(Files.readAllLines(csvDir.resolve("t-20241024-0000.csv")))
          .containsExactly(HEADER, "row 1");
      assertThat(Files.readAllLines(csvDir.resolve("t-20241024-0001.csv")))
          .containsExactly(HEADER, "row 2");
      assertThat(Files.readAllLines(csvDir.resolve("u-20241024-0001.csv")))
          .containsExactly(HEADER, "row 3");
      assertThat(feed.fed()).isEqualTo(6);
    }
  }

  @Test
  void shouldDropTheLastRowsAndCloseTheKafkaSinkOnClose() throws IOException {
    Path csvDir = runDir.resolve("csv");
    PacedFeed feed = feed(csvDir);
    feed.csvRow("t-20241024.csv", HEADER);
    feed.csvRow("t-20241024.csv", "row 1");

    feed.close();

    assertThat(files(csvDir)).containsExactly("t-20241024-0000.csv");
    assertThat(calls).containsExactly("closed");
  }

  private PacedFeed feed(Path csvDir) throws IOException {
    return new PacedFeed(
        new RecordingSink(),
        csvDir,
        Duration.ofHours(1),
        (time, records) -> calls.add("await " + time + " " + records));
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  /** The Kafka side: records what reaches it. */
  private final class RecordingSink implements SimulationSink {

    @Override
    public void groundTruth(InjectedFault fault) {
      calls.add("fault " + fault.type());
    }

    @Override
    public void device(DeviceInfo device) {
      calls.add("device " + device.getMeterId());
    }

    @Override
    public void headEnd(HeadEndReading reading) {
      calls.add("head-end " + reading.getDeviceId());
    }

    @Override
    public void webApiJson(String meterKey, String line) {
      calls.add("json " + meterKey + " " + line);
    }

    @Override
    public void csvRow(String fileName, String line) {
      calls.add("csv " + fileName + " " + line);
    }

    @Override
    public void close() {
      calls.add("closed");
    }
  }
}
