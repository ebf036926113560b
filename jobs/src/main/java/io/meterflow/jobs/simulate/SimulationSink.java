package io.meterflow.jobs.simulate;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.input.HeadEndReading;
import java.io.IOException;
import java.time.Instant;

/**
 * Where a simulation goes, in the order the simulation produces it: first the ground truth, then
 * the master data of every meter, then the readings in the order head-ends deliver them (device
 * updates among them when meters are replaced).
 */
public interface SimulationSink extends AutoCloseable {

  void groundTruth(InjectedFault fault) throws IOException;

  void device(DeviceInfo device) throws IOException;

  void headEnd(HeadEndReading reading) throws IOException;

  /**
   * One Web API JSON line.
   *
   * @param meterKey the meter's key ({@code RecordKeys.meter}), for partitioning
   */
  void webApiJson(String meterKey, String line) throws IOException;

  /** One line of a CSV file; the first line of each file is its header. */
  void csvRow(String fileName, String line) throws IOException;

  /**
   * The simulation has reached the time: what it delivers on time before it has been handed over
   * (what a fault holds back comes later). A sink can pace the delivery here.
   */
  default void advanced(Instant time) throws IOException {}

  @Override
  void close() throws IOException;
}
