package io.meterflow.jobs.periodize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.IntervalQuality;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.ids.StableIds;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.testing.SuiteUnderTest;
import io.meterflow.jobs.testing.TopicRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Water meters whose index is read every quarter hour at a steady flow (meter {@code n} uses 2.5 (n
 * + 1) litres a quarter), the input of the dedup-and-periodize ITs, and the intervals they must
 * give: each MEASURED, version 1, its consumption the flow times its length. With no
 * out-of-orderness the watermark ends just before the last read, so every 15-minute and hourly
 * interval but the last is stated.
 */
public record WaterIndexFleet(int meters, int quarters, Instant start) {

  /**
   * The settings under which the job states exactly {@link #expectedIntervals()}. The job's default
   * idleness (1 min) stays: the meters' series fill both partitions of the readings topic to the
   * end, so no partition needs to be taken as idle. A short idleness takes a partition that only
   * lags (a restore, a loaded machine) as idle: event time runs ahead of its readings, which then
   * arrive late and are estimated or restated instead of measured.
   */
  public static final List<String> JOB_SETTINGS =
      List.of("job.periodize.out-of-orderness=0s", "job.periodize.resolutions=PT15M;PT1H");

  public int expectedIntervals() {
    return meters * ((quarters - 1) + (quarters / 4 - 1));
  }

  /** Sends the meters' DeviceInfo (UTC, so days are UTC days). */
  public void sendDevices(TopicRecords topics, MeterflowConfig config) {
    List<DeviceInfo> devices = new ArrayList<>();
    for (int meter = 0; meter < meters; meter++) {
      devices.add(
          ContractFixtures.device(Commodity.WATER)
              .setMeterId("meter-" + meter)
              .setTimezone("UTC")
              .setUpdatedTime(start.minus(Duration.ofDays(30)))
              .build());
    }
    topics.sendAvro(
        config.topics().devices(),
        DeviceInfo.class,
        device -> RecordKeys.meter(device.getTenant(), device.getMeterId()),
        devices);
  }

  /** Every meter's index, read every quarter hour, in time order across meters. */
  public List<MeterReading> readings() {
    List<MeterReading> readings = new ArrayList<>();
    for (int quarter = 0; quarter <= quarters; quarter++) {
      Instant time = start.plus(Duration.ofMinutes(15L * quarter));
      for (int meter = 0; meter < meters; meter++) {
        String meterId = "meter-" + meter;
        readings.add(
            ContractFixtures.waterIndex(time, 100 + quarter * litresPerQuarter(meter) / 1000)
                .setMeterId(meterId)
                .setReadingId(
                    StableIds.readingId(
                        ContractFixtures.TENANT, meterId, Register.WATER_VOLUME, time))
                .build());
      }
    }
    return readings;
  }

  public static void send(TopicRecords topics, MeterflowConfig config, List<MeterReading> batch) {
    topics.sendAvro(
        config.topics().normalized(),
        MeterReading.class,
        r -> RecordKeys.series(r.getTenant(), r.getMeterId(), r.getRegister()),
        batch);
  }

  public static void assertExpected(IntervalConsumption interval) {
    int meter = Integer.parseInt(interval.getMeterId().substring("meter-".length()));
    double hours =
        Duration.between(interval.getIntervalStart(), interval.getIntervalEnd()).toMinutes() / 60.0;
    assertThat(interval.getVersion()).as("no restatement: duplicates change nothing").isEqualTo(1);
    assertThat(interval.getQuality()).isEqualTo(IntervalQuality.MEASURED);
    assertThat(interval.getConsumption())
        .isCloseTo(litresPerQuarter(meter) * 4 * hours / 1000, within(1e-9));
  }

  /** Interval key to consumption, as Cassandra holds them. */
  public static Map<String, Double> cassandraRows(SuiteUnderTest suite) {
    Map<String, Double> rows = new HashMap<>();
    try (CqlSession session = suite.cassandraSession()) {
      for (Row row :
          session.execute(
              "SELECT meter_id, resolution, interval_start, consumption FROM"
                  + " intervals_by_series_day")) {
        rows.put(
            key(
                row.getString("meter_id"),
                row.getString("resolution"),
                row.getInstant("interval_start")),
            row.getDouble("consumption"));
      }
    }
    return rows;
  }

  /** The intervals as {@link #cassandraRows} gives them; a duplicate key fails. */
  public static Map<String, Double> byKey(List<IntervalConsumption> intervals) {
    return intervals.stream()
        .collect(
            Collectors.toMap(
                i -> key(i.getMeterId(), i.getResolution(), i.getIntervalStart()),
                IntervalConsumption::getConsumption));
  }

  private static String key(String meterId, String resolution, Instant start) {
    return meterId + "/" + resolution + "/" + start;
  }

  private static double litresPerQuarter(int meter) {
    return 2.5 * (meter + 1);
  }
}
