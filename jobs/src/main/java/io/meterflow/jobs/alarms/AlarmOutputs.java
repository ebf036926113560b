package io.meterflow.jobs.alarms;

import io.meterflow.contracts.MeterAlarm;
import io.meterflow.jobs.cassandra.AlarmRows;
import io.meterflow.jobs.cassandra.CassandraTableSinks;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.kafka.OutputKeys;
import io.meterflow.jobs.kafka.SuiteKafka;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Where both alarm jobs send their alarm episodes: {@code meter.alarms}, exactly once and keyed by
 * alarm id, and the two alarm tables (by meter, and by tenant and day).
 */
public final class AlarmOutputs {

  private AlarmOutputs() {}

  public static void write(
      DataStream<MeterAlarm> alarms, SuiteKafka kafka, MeterflowConfig config) {
    kafka.writeAvro(alarms, config.topics().alarms(), MeterAlarm.class, OutputKeys.ALARM);
    CassandraTableSinks.writeTo(alarms, AlarmRows.BY_METER, config.cassandra());
    CassandraTableSinks.writeTo(alarms, AlarmRows.BY_TENANT_DAY, config.cassandra());
  }
}
