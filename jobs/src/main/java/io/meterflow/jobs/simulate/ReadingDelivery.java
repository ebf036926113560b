package io.meterflow.jobs.simulate;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.SourceFormat;
import io.meterflow.contracts.ids.RecordKeys;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The head-ends between the meters and the utility: they pass each reading on in its meter's
 * channel as it comes, and they are where the data faults happen: a reading sent twice, sent over a
 * second channel too, delayed past the next one or by days, sent with a wrong value and corrected
 * later, or accompanied by a corrupt record.
 */
final class ReadingDelivery implements MeterOutput {

  private static final Instant FAR_FUTURE = Instant.parse("2099-01-01T00:00:00Z");

  private final SimulationSink sink;
  private final FaultPlan plan;
  private final ReadingEncoder encoder = new ReadingEncoder();
  private final PriorityQueue<Delayed> delayed =
      new PriorityQueue<>(Comparator.comparing(Delayed::due).thenComparingLong(Delayed::sequence));
  private final Set<String> csvFiles = new HashSet<>();
  private final Map<SourceFormat, Long> records = new EnumMap<>(SourceFormat.class);
  private long devices;
  private long sequence;

  ReadingDelivery(SimulationSink sink, FaultPlan plan) {
    this.sink = sink;
    this.plan = plan;
  }

  private record Delayed(
      Instant due, long sequence, SimulatedReading reading, SourceFormat channel) {}

  @Override
  public void reading(SimulatedReading reading) throws IOException {
    if (reading.kind() == SimulatedReading.Kind.INDEX) {
      for (InjectedFault fault : plan.of(reading.meter())) {
        if (!fault.type().alarm()
            && fault.start().equals(reading.time())
            && deliverFaulty(reading, fault)) {
          return;
        }
      }
    }
    send(reading, reading.meter().channel());
  }

  @Override
  public void device(DeviceInfo device) throws IOException {
    devices++;
    sink.device(device);
  }

  /** Sends the delayed readings due by the time. */
  void release(Instant time) throws IOException {
    while (!delayed.isEmpty() && !delayed.peek().due().isAfter(time)) {
      Delayed next = delayed.poll();
      send(next.reading(), next.channel());
    }
  }

  /** Sends every delayed reading: the simulation is over. */
  void flush() throws IOException {
    while (!delayed.isEmpty()) {
      Delayed next = delayed.poll();
      send(next.reading(), next.channel());
    }
  }

  SimulationSummary summary() {
    return new SimulationSummary(new EnumMap<>(records), devices);
  }

  /**
   * Delivers a reading that a data fault hits; false when the fault does not act on delivery
   * (rollovers and replacements happen in the meter).
   */
  private boolean deliverFaulty(SimulatedReading reading, InjectedFault fault) throws IOException {
    SourceFormat channel = reading.meter().channel();
    switch (fault.type()) {
      case DUPLICATE -> {
        send(reading, channel);
        delay(reading, channel, Duration.ofMinutes(15));
      }
      case CROSS_SOURCE_DUPLICATE -> {
        send(reading, channel);
        send(reading, SourceFormat.WEB_API_JSON);
      }
      case OUT_OF_ORDER -> delay(reading, channel, Duration.ofMinutes(30));
      case LATE_READING -> delay(reading, channel, Duration.ofHours(50));
      case CORRECTION -> {
        // Two register counts behind the truth (still above the previous reading), then the truth.
        VendorDialect.Unit unit = reading.meter().dialect().unit(reading.meter().commodity());
        send(reading.withValue(reading.value() - unit.value(2)), channel);
        delay(reading, channel, Duration.ofHours(2));
      }
      case CORRUPT_RECORD -> {
        sendCorrupt(reading, (int) fault.number("variant"));
        send(reading, channel);
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private void sendCorrupt(SimulatedReading reading, int variant) throws IOException {
    switch (reading.meter().channel()) {
      case HEAD_END_AVRO -> {
        SimulatedReading corrupt =
            switch (variant % 3) {
              case 0 -> reading.withRegisterCode("9-9:99.99.9");
              case 1 -> reading.withValue(Double.NaN);
              default -> reading.withTime(FAR_FUTURE);
            };
        count(SourceFormat.HEAD_END_AVRO);
        sink.headEnd(encoder.headEnd(corrupt));
      }
      case WEB_API_JSON -> {
        String line =
            switch (variant % 3) {
              case 0 -> {
                String whole = encoder.webApiJson(reading);
                yield whole.substring(0, whole.length() / 2);
              }
              case 1 -> encoder.webApiJson(reading.withValue(Double.NaN));
              default -> encoder.webApiJson(reading, FAR_FUTURE.toString());
            };
        count(SourceFormat.WEB_API_JSON);
        sink.webApiJson(meterKey(reading), line);
      }
      default -> {
        String line =
            switch (variant % 3) {
              case 0 -> encoder.csvRow(reading, "2024-13-45 25:61:00", "1");
              case 1 -> encoder.csvRow(reading, "2099-01-01 00:00:00", "1");
              default -> encoder.csvRow(reading, "2024-01-01 00:00:00", "n/a");
            };
        csv(encoder.csvFile(reading), line);
      }
    }
  }

  private void delay(SimulatedReading reading, SourceFormat channel, Duration by) {
    delayed.add(new Delayed(reading.time().plus(by), sequence++, reading, channel));
  }

  private void send(SimulatedReading reading, SourceFormat channel) throws IOException {
    switch (channel) {
      case HEAD_END_AVRO -> {
        count(channel);
        sink.headEnd(encoder.headEnd(reading));
      }
      case WEB_API_JSON -> {
        count(channel);
        sink.webApiJson(meterKey(reading), encoder.webApiJson(reading));
      }
      default -> csv(encoder.csvFile(reading), encoder.csvRow(reading));
    }
  }

  private void csv(String file, String line) throws IOException {
    if (csvFiles.add(file)) {
      sink.csvRow(file, ReadingEncoder.CSV_HEADER);
    }
    count(SourceFormat.CSV_FILE);
    sink.csvRow(file, line);
  }

  private static String meterKey(SimulatedReading reading) {
    return RecordKeys.meter(reading.meter().tenant(), reading.meter().meterId());
  }

  private void count(SourceFormat channel) {
    records.merge(channel, 1L, Long::sum);
  }
}
