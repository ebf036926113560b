package io.meterflow.jobs.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.input.HeadEndReading;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A simulation run into memory, its readings decoded back from every channel into canonical values,
 * so that tests can hold the data against the ground truth.
 */
final class RecordedFleet implements SimulationSink {

  /** The demo's fleet: {@code --meters 300 --days 5}, default seed and start. */
  static final SimulationSettings DEMO =
      new SimulationSettings(
          300, 5, SimulationSettings.DEFAULT_SEED, SimulationSettings.DEFAULT_START);

  private static final Map<String, Double> TO_CANONICAL =
      Map.of("Wh", 0.001, "kWh", 1.0, "MWh", 1000.0, "L", 0.001, "m3", 1.0, "V", 1.0, "count", 1.0);
  private static final DateTimeFormatter CSV_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** A reading in its canonical unit (kWh, m3, V). */
  record Point(String registerCode, double value, Instant time, List<String> status) {}

  private static RecordedFleet demo;

  final Simulation simulation;
  final List<InjectedFault> groundTruth = new ArrayList<>();
  final List<DeviceInfo> devices = new ArrayList<>();
  final Map<String, List<Point>> byMeter = new HashMap<>();
  final List<String> rejectedLines = new ArrayList<>();
  private final Map<String, SimulatedMeter> meters = new HashMap<>();
  private final ObjectMapper json = new ObjectMapper();

  private RecordedFleet(SimulationSettings settings) throws IOException {
    simulation = Simulation.of(settings);
    simulation.fleet().forEach(meter -> meters.put(meter.meterId(), meter));
    simulation.run(this);
    byMeter.values().forEach(points -> points.sort(Comparator.comparing(Point::time)));
  }

  static synchronized RecordedFleet demo() throws IOException {
    if (demo == null) {
      demo = new RecordedFleet(DEMO);
    }
    return demo;
  }

  List<Point> points(SimulatedMeter meter, String registerCode) {
    return byMeter.getOrDefault(meter.meterId(), List.of()).stream()
        .filter(point -> point.registerCode().equals(registerCode))
        .toList();
  }

  List<Point> index(SimulatedMeter meter) {
    return points(meter, meter.dialect().indexCode(meter.commodity()));
  }

  @Override
  public void groundTruth(InjectedFault fault) {
    groundTruth.add(fault);
  }

  @Override
  public void device(DeviceInfo device) {
    devices.add(device);
  }

  @Override
  public void headEnd(HeadEndReading reading) {
    add(
        reading.getDeviceId(),
        reading.getRegisterCode(),
        reading.getValue(),
        reading.getUnit(),
        Instant.parse(reading.getTimestamp()),
        reading.getStatusCodes());
  }

  @Override
  public void webApiJson(String meterKey, String line) {
    try {
      JsonNode node = json.readTree(line);
      List<String> status = new ArrayList<>();
      node.path("status").forEach(code -> status.add(code.asText()));
      add(
          node.get("deviceId").asText(),
          node.get("register").asText(),
          node.has("value") ? node.get("value").asDouble() : 1,
          node.has("unit") ? node.get("unit").asText() : "count",
          OffsetDateTime.parse(node.get("timestamp").asText()).toInstant(),
          status);
    } catch (IOException | RuntimeException e) {
      rejectedLines.add(line);
    }
  }

  @Override
  public void csvRow(String fileName, String line) {
    if (line.equals(ReadingEncoder.CSV_HEADER)) {
      return;
    }
    String[] cells = line.split(",");
    try {
      SimulatedMeter meter = meters.get(cells[1]);
      LocalDateTime local = LocalDateTime.parse(cells[2], CSV_TIME);
      // Ambiguous autumn times are taken as their earlier instant, as the normalizer does.
      Instant time = local.atZone(meter.zone()).toInstant();
      add(cells[1], cells[5], Double.parseDouble(cells[3]), cells[4], time, List.of());
    } catch (RuntimeException e) {
      rejectedLines.add(line);
    }
  }

  private void add(
      String meterId,
      String registerCode,
      double value,
      String unit,
      Instant time,
      List<String> status) {
    if (!Double.isFinite(value) || time.isAfter(Instant.parse("2090-01-01T00:00:00Z"))) {
      rejectedLines.add(meterId + " " + registerCode + " " + value + " " + time);
      return;
    }
    byMeter
        .computeIfAbsent(meterId, id -> new ArrayList<>())
        .add(new Point(registerCode, value * TO_CANONICAL.get(unit), time, List.copyOf(status)));
  }

  @Override
  public void close() {}
}
